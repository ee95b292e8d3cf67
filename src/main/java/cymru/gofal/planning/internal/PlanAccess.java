package cymru.gofal.planning.internal;

/** Who may do what with plans, as {@code @PreAuthorize} expressions shared by services, pages and the API. */
public final class PlanAccess {

    /** Read plans about people they may see: those who write them, quality assurance and reviewers. */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER')";
    /** Record and change plans, agreements and direct payments. */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER')";
    /** Council-wide summaries: unmet need, costs, direct payments. */
    public static final String SUMMARY = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','FINANCE_OFFICER')";
    /** Who may see the people behind the summaries (finance reads the figures only). */
    public static final String PEOPLE_IN_SUMMARY = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER')";

    private PlanAccess() {
    }
}
