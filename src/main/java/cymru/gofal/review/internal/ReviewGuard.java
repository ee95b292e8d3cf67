package cymru.gofal.review.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.review.Review;

/**
 * Who may change a review: the one rule used by the review pages and API and by evidence and sampling, so they agree
 * (the @PreAuthorize role checks stay as the outer guard).
 * <ul>
 * <li>An INSPECTION is the inspectorate's: only REVIEWER-role users on its team change its content (ratings,
 * judgements, findings, priorities, evidence); only its LEAD_REVIEWER (a REVIEWER-role user) changes its team and
 * moves its status; only a REVIEWER starts one.</li>
 * <li>A SELF_ASSESSMENT is the council's own: its SENIOR_MANAGERs and QA_OFFICERs, and the users on its team, change
 * its content; only a SENIOR_MANAGER changes its team and moves its status. Senior managers and QA officers start one.</li>
 * <li>Case sampling (which opens people to a reviewer): the review's LEAD_REVIEWER or a SENIOR_MANAGER of the council.</li>
 * </ul>
 * {@link #lock} makes the checks before a change, in its transaction: the review is of the user's council (else 404),
 * for content and team that it is not published (else a conflict), that the user may make the change (else 403), and
 * that the version the user saw is current (else {@link StaleVersionException}). The row is locked until commit; {@link #bump} moves the version on.
 */
@Component
public class ReviewGuard {

    /** What a change touches. */
    public enum Change {
        CONTENT, TEAM, STATUS
    }

    /** The locked review's head. */
    public record Locked(long id, String framework, String kind, ReviewStatus status, int version) {
    }

    public static final String LEAD = "LEAD_REVIEWER";

    private final JdbcClient jdbc;

    ReviewGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule: may a user of {@code role}, whose place on the review's team is {@code memberRole} (null: not on it), make the change. */
    public static boolean may(Change change, String kind, Role role, String memberRole) {
        if (Review.SELF_ASSESSMENT.equals(kind)) {
            return change == Change.CONTENT ? role == Role.SENIOR_MANAGER || role == Role.QA_OFFICER || memberRole != null
                    : role == Role.SENIOR_MANAGER;
        }
        return role == Role.REVIEWER && (change == Change.CONTENT ? memberRole != null : LEAD.equals(memberRole));
    }

    /** The rule for the signed-in user on a review read whole. */
    public static boolean may(Change change, Review review, GofalUser user) {
        return may(change, review.kind(), user.role(), memberRole(review, user.id()));
    }

    /** Who may start a review of a kind. */
    public static boolean mayCreate(String kind, Role role) {
        return Review.SELF_ASSESSMENT.equals(kind) ? role == Role.SENIOR_MANAGER || role == Role.QA_OFFICER
                : Review.INSPECTION.equals(kind) && role == Role.REVIEWER;
    }

    /** Who may sample cases (never for themselves: see the evidence module's CaseSamples). */
    public static boolean maySample(Review review, GofalUser user) {
        return user.role() == Role.SENIOR_MANAGER || user.role() == Role.REVIEWER && LEAD.equals(memberRole(review, user.id()));
    }

    private static String memberRole(Review review, long userId) {
        return review.members().stream().filter(m -> m.userId() != null && m.userId() == userId).map(Review.Member::role)
                .findFirst().orElse(null);
    }

    /** Locks the review for a change of its content ({@code content}) or of its status. */
    public Locked lock(long reviewId, int expectedVersion, boolean content) {
        return lock(reviewId, expectedVersion, content ? Change.CONTENT : Change.STATUS);
    }

    public Locked lock(long reviewId, int expectedVersion, Change change) {
        GofalUser user = CurrentUser.get().orElseThrow();
        Locked r = jdbc.sql("SELECT id, framework, kind, status, version FROM review WHERE id = :id AND authority_id = :a FOR UPDATE")
                .param("id", reviewId).param("a", user.authorityId())
                .query((rs, n) -> new Locked(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ReviewStatus.valueOf(rs.getString(4)), rs.getInt(5)))
                .optional().orElseThrow(() -> new NotFoundException("No review " + reviewId));
        // published content is read-only for everyone (a fact every reader of the review sees): said first
        if (change != Change.STATUS && !r.status().contentEditable()) {
            throw new ReviewRuleException("review", "review.error.published", true);
        }
        String memberRole = jdbc.sql("SELECT role FROM review_member WHERE review_id = :r AND user_id = :u")
                .param("r", reviewId).param("u", user.id()).query(String.class).optional().orElse(null);
        if (!may(change, r.kind(), user.role(), memberRole)) {
            throw new AccessDeniedException("May not change the " + change + " of review " + reviewId);
        }
        if (r.version() != expectedVersion) {
            throw new StaleVersionException("Review " + reviewId + " is no longer at version " + expectedVersion);
        }
        return r;
    }

    public int bump(long reviewId) {
        return jdbc.sql("UPDATE review SET version = version + 1 WHERE id = :id RETURNING version").param("id", reviewId)
                .query(Integer.class).single();
    }
}
