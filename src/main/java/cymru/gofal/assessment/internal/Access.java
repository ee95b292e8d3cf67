package cymru.gofal.assessment.internal;

/** Who may do what with assessments, as {@code @PreAuthorize} expressions shared by services, pages and the API. */
public final class Access {

    /** Read assessments: those who write them, quality assurance and reviewers. */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN','QA_OFFICER','REVIEWER')";
    /** Record and change assessments. */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";
    /** Allocate and sign off: managers only. */
    public static final String MANAGE = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER')";

    private Access() {
    }
}
