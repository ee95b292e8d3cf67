package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The rule by which Gofal suggests an area's rating from the review's evidence (shown on the evidence page too):
 * <ol>
 * <li>(a) indicators: of the area's linked indicators (review_area_indicator) frozen as evidence of the area (the
 * latest freeze of each), the share ON_TARGET among those ON_TARGET or OFF_TARGET (an indicator with no target or
 * no data counts neither way); absent when none is on or off target;</li>
 * <li>(b) case files: the average grade score of the case files read tagged to the area (good 1, adequate 0.67,
 * requires improvement 0.33, inadequate 0; review_case_grade.score); absent when none was read;</li>
 * <li>score = the average of (a) and (b) where present, to 4 decimals; no suggestion when both are absent;</li>
 * <li>level ordinal = min(n, 1 + floor(score x n)) on a scale of n levels (ordinal 1 = worst): for 4 levels a score
 * under 0.25 is the worst level, 0.25 to under 0.5 the second, 0.5 to under 0.75 the third, 0.75 or more the best.</li>
 * </ol>
 */
final class SuggestionRule {

    private SuggestionRule() {
    }

    /** What the rule reads of one area. */
    record AreaEvidence(int onTarget, int offTarget, int withoutTarget, List<BigDecimal> gradeScores) {
    }

    /** A suggestion: the level ordinal and the numbers behind it (null parts were absent). */
    record Suggestion(int levelOrdinal, BigDecimal score, BigDecimal indicatorShare, BigDecimal averageGrade) {
    }

    static Optional<Suggestion> suggest(AreaEvidence e, int levels) {
        BigDecimal share = e.onTarget() + e.offTarget() == 0 ? null
                : BigDecimal.valueOf(e.onTarget()).divide(BigDecimal.valueOf(e.onTarget() + e.offTarget()), 4, RoundingMode.HALF_UP);
        BigDecimal grade = e.gradeScores().isEmpty() ? null
                : e.gradeScores().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(e.gradeScores().size()), 4, RoundingMode.HALF_UP);
        if (share == null && grade == null) {
            return Optional.empty();
        }
        BigDecimal score = share == null ? grade : grade == null ? share
                : share.add(grade).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        return Optional.of(new Suggestion(level(score, levels), score, share, grade));
    }

    /** min(n, 1 + floor(score x n)). */
    static int level(BigDecimal score, int levels) {
        int floor = score.multiply(BigDecimal.valueOf(levels)).setScale(0, RoundingMode.FLOOR).intValueExact();
        return Math.max(1, Math.min(levels, 1 + floor));
    }
}
