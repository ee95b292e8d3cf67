package cymru.gofal.review;

import java.util.Set;

import cymru.gofal.platform.security.Role;

/** The access rules of the review module, as @PreAuthorize expressions (one place, so pages and facades agree). */
public final class ReviewAccess {

    /**
     * Read frameworks and reviews: everyone who takes part in or answers to a review. An unpublished review is a draft
     * of the review team's judgement: only {@link #mayReadDraft draft readers} see it; to anyone else it does not exist
     * (404, and absent from lists). Team managers and administrators see published reviews only.
     */
    public static final String READ = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER','ADMIN','TEAM_MANAGER')";
    /** Create a review (an inspection by a reviewer; a self-assessment is checked again by kind). */
    public static final String CREATE = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    /** Change a review: the outer role check; who may change what of which review is ReviewGuard's one rule. */
    public static final String EDIT = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    /** Define frameworks. */
    public static final String ADMIN = "hasRole('ADMIN')";

    /** The roles that may run a review read it before publication (the same roles as the report's draft readers). */
    public static final Set<Role> DRAFT_READERS = Set.of(Role.REVIEWER, Role.SENIOR_MANAGER, Role.QA_OFFICER);

    public static boolean mayReadDraft(Role role) {
        return DRAFT_READERS.contains(role);
    }

    /** Whether a user of {@code role} may see a review in {@code status} (published, or a draft for its readers). */
    public static boolean mayRead(String status, Role role) {
        return "PUBLISHED".equals(status) || "FOLLOW_UP".equals(status) || mayReadDraft(role);
    }

    private ReviewAccess() {
    }
}
