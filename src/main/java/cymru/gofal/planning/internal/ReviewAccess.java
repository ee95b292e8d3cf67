package cymru.gofal.planning.internal;

/** Who may do what with plan reviews, as {@code @PreAuthorize} expressions shared by services, pages and the API. */
public final class ReviewAccess {

    /** Read reviews: those who hold cases and their managers, quality assurance and reviewers (never councillors). */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN','QA_OFFICER','REVIEWER')";
    /** Record a review held. */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";

    private ReviewAccess() {
    }
}
