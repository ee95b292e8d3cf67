package cymru.gofal.review.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.review.ReviewFramework;

/**
 * A review's head: creating it, moving its status, and its team. Texts arrive checked by the caller (FormText);
 * the rules of reviews are checked here, who may change what by {@link ReviewGuard}. Every change is audited and
 * moves the review's version on. Removing a member ends at once the need-to-know grants the review gave them.
 */
@Service
public class ReviewEdits {

    /** A new review's head; dates may be null. */
    public record NewReview(String framework, String kind, String title, LocalDate periodFrom, LocalDate periodTo,
            LocalDate onsiteFrom, LocalDate onsiteTo, Long previousReviewId) {
    }

    private final JdbcClient jdbc;
    private final ReviewGuard guard;
    private final FrameworkStore frameworks;
    private final AuditLog audit;
    private final Clock clock;

    ReviewEdits(JdbcClient jdbc, ReviewGuard guard, FrameworkStore frameworks, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(NewReview r) {
        GofalUser user = CurrentUser.get().orElseThrow();
        if (!ReviewGuard.mayCreate(r.kind(), user.role())) {
            throw new ReviewRuleException("kind", "review.error.kindNotAllowed");
        }
        ReviewFramework f = frameworks.find(r.framework()).filter(ReviewFramework::locked)
                .orElseThrow(() -> new ReviewRuleException("framework", "review.error.framework"));
        if (r.previousReviewId() != null && jdbc.sql("SELECT count(*) FROM review WHERE id = :id AND authority_id = :a")
                .param("id", r.previousReviewId()).param("a", user.authorityId()).query(Long.class).single() == 0) {
            throw new ReviewRuleException("previous", "review.error.previous");
        }
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, period_from, period_to, onsite_from, onsite_to,
                       previous_review_id, created_by, created_at)
                VALUES (:a, :f, :kind, :title, :pf, :pt, :of, :ot, :prev, :by, :at) RETURNING id""")
                .param("a", user.authorityId()).param("f", f.code()).param("kind", r.kind()).param("title", r.title())
                .param("pf", r.periodFrom()).param("pt", r.periodTo()).param("of", r.onsiteFrom()).param("ot", r.onsiteTo())
                .param("prev", r.previousReviewId()).param("by", CurrentUser.username())
                .param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        jdbc.sql("INSERT INTO review_member (review_id, user_id, name, role, ordinal) SELECT :r, id, display_name, 'LEAD_REVIEWER', 1 "
                + "FROM app_user WHERE lower(username) = lower(:u)").param("r", id).param("u", CurrentUser.username()).update();
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW", id));
        return id;
    }

    /** Moves the review one step forward; publishing needs every area rated and every question judged. */
    @Transactional
    public int moveStatus(long reviewId, int version, ReviewStatus target) {
        ReviewGuard.Locked r = guard.lock(reviewId, version, ReviewGuard.Change.STATUS);
        if (!r.status().canMoveTo(target)) {
            throw new ReviewRuleException("status", "review.error.statusStep");
        }
        if (target == ReviewStatus.PUBLISHED) {
            ReviewFramework f = frameworks.find(r.framework()).orElseThrow();
            long rated = jdbc.sql("SELECT count(*) FROM review_area_rating WHERE review_id = :r AND level_id IS NOT NULL")
                    .param("r", reviewId).query(Long.class).single();
            long judged = jdbc.sql("SELECT count(*) FROM review_question_judgement WHERE review_id = :r")
                    .param("r", reviewId).query(Long.class).single();
            if (rated < f.areas().count() || judged < f.questions().size()) {
                throw new ReviewRuleException("status", "review.error.unfinished");
            }
            // Status and publication together: the table requires a published review to say when and by whom.
            jdbc.sql("UPDATE review SET status = :s, published_at = :at, published_by = :by WHERE id = :id").param("s", target.name())
                    .param("at", java.sql.Timestamp.from(clock.instant())).param("by", CurrentUser.username()).param("id", reviewId).update();
        } else {
            jdbc.sql("UPDATE review SET status = :s WHERE id = :id").param("s", target.name()).param("id", reviewId).update();
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("status " + r.status() + " -> " + target));
        return guard.bump(reviewId);
    }

    /**
     * Adds a member: a Gofal user of the council by username (REVIEWER, SENIOR_MANAGER or QA_OFFICER), or a person
     * named only (a lay assessor must be named only).
     */
    @Transactional
    public int addMember(long reviewId, int version, String username, String name, String role, String organisation) {
        guard.lock(reviewId, version, ReviewGuard.Change.TEAM);
        Long userId = null;
        String shown = name;
        if (username != null) {
            record U(long id, String displayName) {
            }
            U u = jdbc.sql("""
                    SELECT id, display_name FROM app_user WHERE lower(username) = lower(:u) AND authority_id = :a AND enabled
                       AND role IN ('REVIEWER','SENIOR_MANAGER','QA_OFFICER')""")
                    .param("u", username).param("a", CurrentUser.get().orElseThrow().authorityId()).query(U.class).optional()
                    .orElseThrow(() -> new ReviewRuleException("username", "review.error.member"));
            userId = u.id();
            shown = u.displayName();
        }
        if (userId != null && "LAY_ASSESSOR".equals(role)) {
            throw new ReviewRuleException("role", "review.error.layAssessorNamed");
        }
        if (userId != null && jdbc.sql("SELECT count(*) FROM review_member WHERE review_id = :r AND user_id = :u")
                .param("r", reviewId).param("u", userId).query(Long.class).single() > 0) {
            throw new ReviewRuleException("username", "review.error.memberTwice");
        }
        jdbc.sql("""
                INSERT INTO review_member (review_id, user_id, name, role, organisation, ordinal)
                VALUES (:r, :u, :n, :role, :o, (SELECT coalesce(max(ordinal), 0) + 1 FROM review_member WHERE review_id = :r))""")
                .param("r", reviewId).param("u", userId).param("n", shown).param("role", role).param("o", organisation).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("member added"));
        return guard.bump(reviewId);
    }

    /**
     * Removes a member; the last LEAD_REVIEWER with an account of an INSPECTION stays (someone must lead it). The
     * person_review_grants the review gave the member expire now, so leaving the team ends their need-to-know.
     */
    @Transactional
    public int removeMember(long reviewId, int version, long memberId) {
        ReviewGuard.Locked r = guard.lock(reviewId, version, ReviewGuard.Change.TEAM);
        record M(Long userId, String role) {
        }
        M m = jdbc.sql("SELECT user_id, role FROM review_member WHERE id = :m AND review_id = :r").param("m", memberId).param("r", reviewId)
                .query(M.class).optional().orElseThrow(() -> new ReviewRuleException("members", "review.error.missing"));
        if ("INSPECTION".equals(r.kind()) && ReviewGuard.LEAD.equals(m.role()) && m.userId() != null && jdbc.sql("""
                SELECT count(*) FROM review_member WHERE review_id = :r AND role = 'LEAD_REVIEWER' AND user_id IS NOT NULL AND id <> :m""")
                .param("r", reviewId).param("m", memberId).query(Long.class).single() == 0) {
            throw new ReviewRuleException("members", "review.error.lastLead");
        }
        jdbc.sql("DELETE FROM review_member WHERE id = :m").param("m", memberId).update();
        if (m.userId() != null) {
            jdbc.sql("""
                    UPDATE person_review_grant SET expires_at = :now
                     WHERE review_id = :r AND expires_at > :now
                       AND lower(username) = (SELECT lower(username) FROM app_user WHERE id = :u)""")
                    .param("now", java.sql.Timestamp.from(clock.instant())).param("r", reviewId).param("u", m.userId()).update();
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("member removed"));
        return guard.bump(reviewId);
    }
}
