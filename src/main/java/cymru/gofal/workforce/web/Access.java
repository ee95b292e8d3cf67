package cymru.gofal.workforce.web;

/**
 * The workforce's access rules, one place for every controller. Names of staff may be read by every role but
 * COUNCILLOR, who sees only the teams' figures; staff are changed by team managers and admins; teams are added
 * by admins.
 */
final class Access {

    static final String FIGURES = "isAuthenticated()";
    static final String NAMES = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','FINANCE_OFFICER','REVIEWER','ADMIN')";
    static final String CHANGE_STAFF = "hasAnyRole('TEAM_MANAGER','ADMIN')";
    static final String ADD_TEAM = "hasRole('ADMIN')";

    private Access() {
    }
}
