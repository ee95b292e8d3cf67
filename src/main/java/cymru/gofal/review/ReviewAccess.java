package cymru.gofal.review;

/** The access rules of the review module, as @PreAuthorize expressions (one place, so pages and facades agree). */
public final class ReviewAccess {

    /** Read frameworks and reviews: everyone who takes part in or answers to a review. */
    public static final String READ = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER','ADMIN','TEAM_MANAGER')";
    /** Create a review (an inspection by a reviewer; a self-assessment is checked again by kind). */
    public static final String CREATE = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    /** Change a review's content: its team and whoever runs a self-assessment. Checked again per review. */
    public static final String EDIT = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    /** Define frameworks. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private ReviewAccess() {
    }
}
