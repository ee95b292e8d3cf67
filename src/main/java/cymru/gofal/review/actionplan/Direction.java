package cymru.gofal.review.actionplan;

import java.math.BigDecimal;

/**
 * What an indicator did between two figures, read by its polarity (HIGHER_IS_BETTER or LOWER_IS_BETTER):
 * IMPROVED, WORSE, SAME, or UNKNOWN when either figure is missing (nothing to count then, or now).
 */
public enum Direction {
    IMPROVED, WORSE, SAME, UNKNOWN;

    public static final String LOWER_IS_BETTER = "LOWER_IS_BETTER";

    public static Direction of(String polarity, BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return UNKNOWN;
        }
        int c = after.compareTo(before);
        if (c == 0) {
            return SAME;
        }
        boolean higher = c > 0;
        return higher != LOWER_IS_BETTER.equals(polarity) ? IMPROVED : WORSE;
    }

    /** Whether a value meets a target by the polarity (at or above, or at or below); null when either is missing. */
    public static Boolean meets(String polarity, BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        int c = value.compareTo(target);
        return LOWER_IS_BETTER.equals(polarity) ? c <= 0 : c >= 0;
    }
}
