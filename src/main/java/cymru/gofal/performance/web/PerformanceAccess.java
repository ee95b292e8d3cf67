package cymru.gofal.performance.web;

/** Who may do what with indicators. Values are aggregate figures: every signed-in role, councillors included. */
final class PerformanceAccess {

    static final String READ = "isAuthenticated()";
    /** The records (people) behind a number. */
    static final String DRILL = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER','ADMIN')";
    static final String TARGETS = "hasAnyRole('SENIOR_MANAGER','ADMIN')";
    static final String COMMENT = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER')";

    private PerformanceAccess() {
    }
}
