package cymru.gofal.performance.internal;

import java.math.BigDecimal;

/** How a value moved from one period to the next, judged by the indicator's polarity. */
public enum Trend {
    BETTER, WORSE, SAME, UNKNOWN;

    public static Trend of(Indicator indicator, BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return UNKNOWN;
        }
        int c = after.compareTo(before);
        if (c == 0) {
            return SAME;
        }
        return (c > 0) == indicator.higherIsBetter() ? BETTER : WORSE;
    }
}
