package cymru.gofal.review.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.review.ReviewFramework;

/**
 * A review's content before publication: a rating per area and a judgement per question (each a level of the
 * question's own scale, nothing else), theme narratives, findings, priorities and their actions. Texts arrive
 * checked; each change is audited and moves the review's version on (answered).
 */
@Service
public class ContentEdits {

    private final JdbcClient jdbc;
    private final ReviewGuard guard;
    private final FrameworkStore frameworks;
    private final AuditLog audit;
    private final Clock clock;

    ContentEdits(JdbcClient jdbc, ReviewGuard guard, FrameworkStore frameworks, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Rates an area on its question's scale (levelCode must be one of that scale's levels). */
    @Transactional
    public int rate(long reviewId, int version, String areaCode, String levelCode, String rationaleEn, String rationaleCy) {
        ReviewGuard.Locked r = guard.lock(reviewId, version, true);
        ReviewFramework f = frameworks.find(r.framework()).orElseThrow();
        ReviewFramework.Area area = f.area(areaCode == null ? "" : areaCode)
                .orElseThrow(() -> new ReviewRuleException("area", "review.error.area"));
        ReviewFramework.Level level = f.scaleOf(f.questionOf(area)).level(levelCode == null ? "" : levelCode)
                .orElseThrow(() -> new ReviewRuleException("level", "review.error.level"));
        jdbc.sql("""
                INSERT INTO review_area_rating (review_id, area_id, level_id, rationale_en, rationale_cy, rated_by, rated_at)
                VALUES (:r, :area, :l, :en, :cy, :by, :at)
                ON CONFLICT (review_id, area_id) DO UPDATE SET level_id = EXCLUDED.level_id, rationale_en = EXCLUDED.rationale_en,
                       rationale_cy = EXCLUDED.rationale_cy, rated_by = EXCLUDED.rated_by, rated_at = EXCLUDED.rated_at""")
                .param("r", reviewId).param("area", area.id()).param("l", level.id()).param("en", rationaleEn).param("cy", rationaleCy)
                .param("by", CurrentUser.username()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("rated " + area.code() + " " + level.code()));
        return guard.bump(reviewId);
    }

    /** The overall judgement of a question, on its scale. */
    @Transactional
    public int judge(long reviewId, int version, String questionCode, String levelCode, String narrativeEn, String narrativeCy) {
        ReviewGuard.Locked r = guard.lock(reviewId, version, true);
        ReviewFramework f = frameworks.find(r.framework()).orElseThrow();
        ReviewFramework.Question q = f.question(questionCode == null ? "" : questionCode)
                .orElseThrow(() -> new ReviewRuleException("question", "review.error.question"));
        ReviewFramework.Level level = f.scaleOf(q).level(levelCode == null ? "" : levelCode)
                .orElseThrow(() -> new ReviewRuleException("level", "review.error.level"));
        jdbc.sql("""
                INSERT INTO review_question_judgement (review_id, question_id, level_id, narrative_en, narrative_cy, judged_by, judged_at)
                VALUES (:r, :q, :l, :en, :cy, :by, :at)
                ON CONFLICT (review_id, question_id) DO UPDATE SET level_id = EXCLUDED.level_id, narrative_en = EXCLUDED.narrative_en,
                       narrative_cy = EXCLUDED.narrative_cy, judged_by = EXCLUDED.judged_by, judged_at = EXCLUDED.judged_at""")
                .param("r", reviewId).param("q", q.id()).param("l", level.id()).param("en", narrativeEn).param("cy", narrativeCy)
                .param("by", CurrentUser.username()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("judged " + q.code() + " " + level.code()));
        return guard.bump(reviewId);
    }

    /** Adds a finding at the end of its list. STRENGTH and AREA_FOR_DEVELOPMENT need a question; the others none. */
    @Transactional
    public int addFinding(long reviewId, int version, String kind, String questionCode, String textEn, String textCy) {
        ReviewGuard.Locked r = guard.lock(reviewId, version, true);
        boolean perQuestion = "STRENGTH".equals(kind) || "AREA_FOR_DEVELOPMENT".equals(kind);
        if (!perQuestion && !"KEY_FINDING".equals(kind) && !"CHALLENGE".equals(kind)) {
            throw new ReviewRuleException("kind", "review.error.findingKind");
        }
        Long questionId = null;
        if (perQuestion) {
            questionId = frameworks.find(r.framework()).orElseThrow().question(questionCode == null ? "" : questionCode)
                    .orElseThrow(() -> new ReviewRuleException("question", "review.error.question")).id();
        }
        jdbc.sql("""
                INSERT INTO review_finding (review_id, question_id, kind, ordinal, text_en, text_cy)
                VALUES (:r, :q, :kind, (SELECT coalesce(max(ordinal), 0) + 1 FROM review_finding WHERE review_id = :r), :en, :cy)""")
                .param("r", reviewId).param("q", questionId).param("kind", kind).param("en", textEn).param("cy", textCy).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("finding added"));
        return guard.bump(reviewId);
    }

    /** Removes a finding, a priority (with its actions) or an action: what = finding, priority or action. */
    @Transactional
    public int remove(long reviewId, int version, String what, long id) {
        guard.lock(reviewId, version, true);
        String sql = switch (what) {
            case "finding" -> "DELETE FROM review_finding WHERE id = :id AND review_id = :r";
            case "action" -> "DELETE FROM review_action a USING review_priority p WHERE a.id = :id AND p.id = a.priority_id AND p.review_id = :r";
            case "priority" -> {
                jdbc.sql("DELETE FROM review_action a USING review_priority p WHERE p.id = :id AND p.id = a.priority_id AND p.review_id = :r")
                        .param("id", id).param("r", reviewId).update();
                yield "DELETE FROM review_priority WHERE id = :id AND review_id = :r";
            }
            default -> throw new ReviewRuleException(what, "review.error.missing");
        };
        if (jdbc.sql(sql).param("id", id).param("r", reviewId).update() == 0) {
            throw new ReviewRuleException(what, "review.error.missing");
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because(what + " " + id + " removed"));
        return guard.bump(reviewId);
    }

    /** Adds the next numbered priority for action. */
    @Transactional
    public int addPriority(long reviewId, int version, String titleEn, String titleCy) {
        guard.lock(reviewId, version, true);
        jdbc.sql("""
                INSERT INTO review_priority (review_id, number, title_en, title_cy)
                VALUES (:r, (SELECT coalesce(max(number), 0) + 1 FROM review_priority WHERE review_id = :r), :en, :cy)""")
                .param("r", reviewId).param("en", titleEn).param("cy", titleCy).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("priority added"));
        return guard.bump(reviewId);
    }

    /** Adds an action for an audience (COUNCIL, SENIOR_MANAGERS, STAFF) to a priority of this review. */
    @Transactional
    public int addAction(long reviewId, int version, long priorityId, String audience, String textEn, String textCy) {
        guard.lock(reviewId, version, true);
        if (!java.util.List.of("COUNCIL", "SENIOR_MANAGERS", "STAFF").contains(audience)) {
            throw new ReviewRuleException("audience", "review.error.audience");
        }
        int added = jdbc.sql("""
                INSERT INTO review_action (priority_id, audience, ordinal, text_en, text_cy)
                SELECT p.id, :aud, (SELECT coalesce(max(ordinal), 0) + 1 FROM review_action WHERE priority_id = p.id), :en, :cy
                  FROM review_priority p WHERE p.id = :p AND p.review_id = :r""")
                .param("p", priorityId).param("r", reviewId).param("aud", audience).param("en", textEn).param("cy", textCy).update();
        if (added == 0) {
            throw new ReviewRuleException("priority", "review.error.missing");
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW", reviewId).because("action added"));
        return guard.bump(reviewId);
    }
}
