package cymru.gofal.casework.internal;

/** Who may do what with cases, as {@code @PreAuthorize} expressions shared by services, pages and the API. */
public final class CaseAccess {

    /** Read cases: those who work them, quality assurance and reviewers. */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER')";
    /** Record case notes (and correct them). */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER')";
    /** Open, allocate, transfer and close cases, and set their complexity and needs: managers only. */
    public static final String MANAGE = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER')";

    private CaseAccess() {
    }
}
