package cymru.gofal.review.actionplan;

/**
 * Who may do what with action plans (as @PreAuthorize expressions; pages, API and service use the same).
 * <ul>
 * <li>READ: the whole plan with owners and progress (staff names: audited) - senior and team managers (owners),
 * reviewers and QA officers (who follow it up), administrators (as for reviews).</li>
 * <li>SUMMARY: READ plus councillors, who scrutinise the plan: they get the summary only - actions, lines, due days,
 * statuses and the follow-up counts and indicators - with no owner, no progress text and no line pages.</li>
 * <li>EDIT: senior managers create and edit lines.</li>
 * <li>PROGRESS: senior managers, and a line's owner (a team manager, senior manager or QA officer: checked per line).</li>
 * </ul>
 * Practitioners and finance officers have no access (403).
 */
final class ActionPlanAccess {

    static final String READ = "hasAnyRole('SENIOR_MANAGER','TEAM_MANAGER','REVIEWER','QA_OFFICER','ADMIN')";
    static final String SUMMARY = "hasAnyRole('SENIOR_MANAGER','TEAM_MANAGER','REVIEWER','QA_OFFICER','ADMIN','COUNCILLOR')";
    static final String EDIT = "hasRole('SENIOR_MANAGER')";
    static final String PROGRESS = "hasAnyRole('SENIOR_MANAGER','TEAM_MANAGER','QA_OFFICER')";

    private ActionPlanAccess() {
    }
}
