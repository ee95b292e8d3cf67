package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.review.ReviewFramework;

/**
 * Writes every area's suggested rating ({@link SuggestionRule}) into review_area_rating: suggested_level_id,
 * suggestion_reason_en/cy (the numbers behind it) and suggested_at, inserting the row with level_id NULL for an area
 * not rated yet; an area with no evidence has its suggestion cleared. The rating pages read these columns (and
 * differs_from_suggestion) through {@link cymru.gofal.review.Review.Rating}.
 */
@Service
public class Suggestions {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private final JdbcClient jdbc;
    private final ReviewContexts contexts;
    private final MessageSource messages;
    private final Clock clock;

    Suggestions(JdbcClient jdbc, ReviewContexts contexts, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.contexts = contexts;
        this.messages = messages;
        this.clock = clock;
    }

    /** Recomputes the suggestion of every area of the review; answers how many areas got one. */
    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public int suggestAll(long reviewId) {
        var ctx = contexts.write(reviewId);
        Map<Long, SuggestionRule.AreaEvidence> evidence = evidence(reviewId);
        int suggested = 0;
        for (ReviewFramework.Area area : ctx.framework().areas().toList()) {
            var scale = ctx.framework().scaleOf(ctx.framework().questionOf(area));
            var levels = scale.levels().stream().sorted(Comparator.comparingInt(ReviewFramework.Level::ordinal)).toList();
            SuggestionRule.AreaEvidence e = evidence.getOrDefault(area.id(), new SuggestionRule.AreaEvidence(0, 0, 0, List.of()));
            Optional<SuggestionRule.Suggestion> s = SuggestionRule.suggest(e, levels.size());
            if (s.isPresent()) {
                suggested++;
                jdbc.sql("""
                        INSERT INTO review_area_rating (review_id, area_id, suggested_level_id, suggestion_reason_en, suggestion_reason_cy, suggested_at)
                        VALUES (:r, :a, :l, :en, :cy, :at)
                        ON CONFLICT (review_id, area_id) DO UPDATE SET suggested_level_id = EXCLUDED.suggested_level_id,
                           suggestion_reason_en = EXCLUDED.suggestion_reason_en, suggestion_reason_cy = EXCLUDED.suggestion_reason_cy,
                           suggested_at = EXCLUDED.suggested_at""")
                        .param("r", reviewId).param("a", area.id()).param("l", levels.get(s.get().levelOrdinal() - 1).id())
                        .param("en", reason(e, s.get(), Locale.UK)).param("cy", reason(e, s.get(), WELSH))
                        .param("at", java.sql.Timestamp.from(clock.instant())).update();
            } else {
                jdbc.sql("""
                        UPDATE review_area_rating SET suggested_level_id = NULL, suggestion_reason_en = NULL, suggestion_reason_cy = NULL,
                               suggested_at = NULL WHERE review_id = :r AND area_id = :a AND suggested_level_id IS NOT NULL""")
                        .param("r", reviewId).param("a", area.id()).update();
            }
        }
        return suggested;
    }

    /** "3 of 4 linked indicators on target; case files read: 5, average grade 0.60; score 0.68" in the language. */
    String reason(SuggestionRule.AreaEvidence e, SuggestionRule.Suggestion s, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (s.indicatorShare() != null) {
            parts.add(messages.getMessage("review.evidence.suggest.indicators", new Object[] {e.onTarget(), e.onTarget() + e.offTarget()}, locale));
        }
        if (e.withoutTarget() > 0) {
            parts.add(messages.getMessage("review.evidence.suggest.withoutTarget", new Object[] {e.withoutTarget()}, locale));
        }
        if (s.averageGrade() != null) {
            parts.add(messages.getMessage("review.evidence.suggest.caseFiles", new Object[] {e.gradeScores().size(), two(s.averageGrade())}, locale));
        }
        parts.add(messages.getMessage("review.evidence.suggest.score", new Object[] {two(s.score())}, locale));
        return String.join("; ", parts);
    }

    private static String two(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Per area: its linked indicators' latest frozen status, and the grade scores of its case files. */
    private Map<Long, SuggestionRule.AreaEvidence> evidence(long reviewId) {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (x.area_id, e.indicator_code) x.area_id, e.status
                  FROM review_evidence e JOIN review_evidence_area x ON x.evidence_id = e.id
                  JOIN review_area_indicator l ON l.area_id = x.area_id AND l.indicator_code = e.indicator_code
                 WHERE e.review_id = :r AND e.kind = 'INDICATOR'
                 ORDER BY x.area_id, e.indicator_code, e.frozen_at DESC, e.id DESC""").param("r", reviewId)
                .query((rs, n) -> {
                    int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    c[switch (rs.getString(2)) { case "ON_TARGET" -> 0; case "OFF_TARGET" -> 1; default -> 2; }]++;
                    return null;
                }).list();
        Map<Long, List<BigDecimal>> grades = new HashMap<>();
        jdbc.sql("""
                SELECT x.area_id, g.score FROM review_evidence e JOIN review_evidence_area x ON x.evidence_id = e.id
                  JOIN review_case_grade g ON g.code = e.grade WHERE e.review_id = :r AND e.kind = 'CASE_FILE'""").param("r", reviewId)
                .query((rs, n) -> grades.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2))).list();
        Map<Long, SuggestionRule.AreaEvidence> out = new HashMap<>();
        java.util.Set<Long> areas = new java.util.HashSet<>(counts.keySet());
        areas.addAll(grades.keySet());
        for (Long a : areas) {
            int[] c = counts.getOrDefault(a, new int[3]);
            out.put(a, new SuggestionRule.AreaEvidence(c[0], c[1], c[2], grades.getOrDefault(a, List.of())));
        }
        return out;
    }
}
