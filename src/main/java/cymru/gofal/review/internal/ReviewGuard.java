package cymru.gofal.review.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The checks before any change to a review, in its transaction: the review is of the user's council (else 404),
 * the user may edit its kind (an INSPECTION: REVIEWER or SENIOR_MANAGER; a SELF_ASSESSMENT: SENIOR_MANAGER or
 * QA_OFFICER), the version the user saw is current (else {@link StaleVersionException}), and, for content, that it
 * is not published. The row is locked until commit, and {@link #bump} moves the version on.
 */
@Component
public class ReviewGuard {

    /** The locked review's head. */
    public record Locked(long id, String framework, String kind, ReviewStatus status, int version) {
    }

    private final JdbcClient jdbc;

    ReviewGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean mayEdit(String kind, Role role) {
        return "SELF_ASSESSMENT".equals(kind) ? role == Role.SENIOR_MANAGER || role == Role.QA_OFFICER
                : role == Role.REVIEWER || role == Role.SENIOR_MANAGER;
    }

    public Locked lock(long reviewId, int expectedVersion, boolean content) {
        GofalUser user = CurrentUser.get().orElseThrow();
        Locked r = jdbc.sql("SELECT id, framework, kind, status, version FROM review WHERE id = :id AND authority_id = :a FOR UPDATE")
                .param("id", reviewId).param("a", user.authorityId())
                .query((rs, n) -> new Locked(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ReviewStatus.valueOf(rs.getString(4)), rs.getInt(5)))
                .optional().orElseThrow(() -> new NotFoundException("No review " + reviewId));
        if (!mayEdit(r.kind(), user.role())) {
            throw new org.springframework.security.access.AccessDeniedException("May not edit a " + r.kind());
        }
        if (r.version() != expectedVersion) {
            throw new StaleVersionException("Review " + reviewId + " is no longer at version " + expectedVersion);
        }
        if (content && !r.status().contentEditable()) {
            throw new ReviewRuleException("review", "review.error.published", true);
        }
        return r;
    }

    public int bump(long reviewId) {
        return jdbc.sql("UPDATE review SET version = version + 1 WHERE id = :id RETURNING version").param("id", reviewId)
                .query(Integer.class).single();
    }
}
