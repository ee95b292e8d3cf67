package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.Reviews;

/**
 * "What moved since the last one": a review against its previous review (review.previous_review_id). Per area of
 * the review's framework (matched by area code in the previous review's framework): the previous position and the
 * current one, each the rating when rated, else the suggestion. Per indicator frozen in either review: the latest
 * frozen figure of each. No personal data.
 */
@Service
public class WhatMoved {

    /** A position on an area's scale: the level id, and whether it is only a suggestion. Null level = none. */
    public record Position(Long levelId, boolean suggested) {
    }

    public record AreaMove(ReviewFramework.Area area, long scaleId, Position before, Position now) {
        /**
         * "1" better, "-1" worse, "0" the same level, "none" when either review has no level to compare; levels are
         * compared by ordinal through {@code ordinals} (the message key's last part).
         */
        public String direction(Map<Long, Integer> ordinals) {
            if (before.levelId() == null || now.levelId() == null) {
                return "none";
            }
            return String.valueOf(Integer.signum(ordinals.getOrDefault(now.levelId(), 0) - ordinals.getOrDefault(before.levelId(), 0)));
        }
    }

    public record Frozen(BigDecimal value, String status, LocalDate periodFrom, LocalDate periodTo) {
    }

    public record IndicatorMove(String code, Frozen before, Frozen now) {
    }

    public record Moved(Review review, ReviewFramework framework, Review previous, List<AreaMove> areas,
            List<IndicatorMove> indicators, Map<Long, Integer> ordinals, Map<Long, ReviewFramework.Level> levels) {
    }

    private final ReviewContexts contexts;
    private final Reviews reviews;
    private final cymru.gofal.review.ReviewFrameworks frameworks;
    private final JdbcClient jdbc;

    WhatMoved(ReviewContexts contexts, Reviews reviews, cymru.gofal.review.ReviewFrameworks frameworks, JdbcClient jdbc) {
        this.contexts = contexts;
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @Transactional(readOnly = true)
    public Moved compare(long reviewId) {
        var ctx = contexts.read(reviewId);
        Review previous = ctx.review().previousReviewId() == null ? null : reviews.find(ctx.review().previousReviewId()).orElse(null);
        ReviewFramework before = previous == null ? null : frameworks.find(previous.framework()).orElse(null);
        Map<Long, Integer> ordinals = new LinkedHashMap<>();
        Map<Long, ReviewFramework.Level> levels = new LinkedHashMap<>();
        for (ReviewFramework f : before == null ? List.of(ctx.framework()) : List.of(ctx.framework(), before)) {
            f.scales().forEach(s -> s.levels().forEach(l -> {
                ordinals.put(l.id(), l.ordinal());
                levels.put(l.id(), l);
            }));
        }
        List<AreaMove> areas = new ArrayList<>();
        for (ReviewFramework.Area a : ctx.framework().areas().toList()) {
            Position was = new Position(null, false);
            if (previous != null && before != null) {
                was = before.area(a.code()).map(b -> position(previous, b.id())).orElse(was);
            }
            areas.add(new AreaMove(a, ctx.framework().questionOf(a).scaleId(), was, position(ctx.review(), a.id())));
        }
        Map<String, Frozen> now = frozen(reviewId);
        Map<String, Frozen> then = previous == null ? Map.of() : frozen(previous.id());
        TreeSet<String> all = new TreeSet<>(now.keySet());
        all.addAll(then.keySet());
        List<IndicatorMove> indicators = all.stream().map(c -> new IndicatorMove(c, then.get(c), now.get(c))).toList();
        return new Moved(ctx.review(), ctx.framework(), previous, areas, indicators, ordinals, levels);
    }

    private static Position position(Review review, long areaId) {
        Optional<Review.Rating> r = review.rating(areaId);
        if (r.isEmpty()) {
            return new Position(null, false);
        }
        return r.get().levelId() != null ? new Position(r.get().levelId(), false) : new Position(r.get().suggestedLevelId(), true);
    }

    private Map<String, Frozen> frozen(long reviewId) {
        Map<String, Frozen> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (indicator_code) indicator_code, value, status, period_from, period_to FROM review_evidence
                 WHERE review_id = :r AND kind = 'INDICATOR' ORDER BY indicator_code, frozen_at DESC, id DESC""").param("r", reviewId)
                .query((rs, n) -> out.put(rs.getString(1), new Frozen(rs.getBigDecimal(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))).list();
        return out;
    }
}
