package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A numerator and denominator counted over some rows; they add up across months and teams (FLOW indicators). */
public record Tally(long numerator, long denominator) {

    public static final Tally ZERO = new Tally(0, 0);

    public Tally plus(Tally other) {
        return new Tally(numerator + other.numerator, denominator + other.denominator);
    }

    /**
     * The indicator's value: numerator over denominator as a percentage to one decimal place (half up), null when
     * the denominator is 0; or the numerator itself for a count.
     */
    public BigDecimal value(Indicator indicator) {
        if (!indicator.percent()) {
            return BigDecimal.valueOf(numerator);
        }
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
