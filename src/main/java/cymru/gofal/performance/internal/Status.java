package cymru.gofal.performance.internal;

import java.math.BigDecimal;

/** Where a value stands against its target, by the indicator's polarity. */
public enum Status {
    ON_TARGET, OFF_TARGET, NO_TARGET, NO_DATA;

    /** ON_TARGET when the value is at least (higher is better) or at most (lower is better) the target. */
    public static Status of(Indicator indicator, BigDecimal value, BigDecimal target) {
        if (value == null) {
            return NO_DATA;
        }
        if (target == null) {
            return NO_TARGET;
        }
        int c = value.compareTo(target);
        return (indicator.higherIsBetter() ? c >= 0 : c <= 0) ? ON_TARGET : OFF_TARGET;
    }
}
