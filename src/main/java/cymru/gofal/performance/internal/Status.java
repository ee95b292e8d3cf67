package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a value stands against its target, by the indicator's polarity. ON_TARGET / OFF_TARGET judge a value against
 * the target as set; ON_TRACK / OFF_TRACK judge a count of a period still running against the target pro rata.
 */
public enum Status {
    ON_TARGET, OFF_TARGET, NO_TARGET, NO_DATA, ON_TRACK, OFF_TRACK;

    /** Which rule judged a period's value. */
    public enum Rule {
        /** A percentage: a rate means the same part-way through a period, so it is compared with the target as set. */
        RATE,
        /** A count of a period that has ended: compared with the target as set. */
        WHOLE_PERIOD,
        /** A count of a period still running: compared with the target times the share of the period's days gone. */
        PRO_RATA
    }

    /**
     * A judgement: the status, the rule, the figure the value was compared with (the target, or the target pro rata;
     * null without a target) and, for PRO_RATA, the days of the period gone (up to and including today) of its days.
     */
    public record Judgement(Status status, Rule rule, BigDecimal comparedWith, long daysGone, long days) {
    }

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

    /**
     * The value of {@code period} as of {@code today} against the target set for the whole period. A count of a
     * period still running covers only the days gone, so it is compared with the target pro rata: target x days gone
     * / days in the period, to one decimal place (half up), and is ON_TRACK or OFF_TRACK. A percentage, or a count of
     * a period that has ended, is compared with the target as set.
     */
    public static Judgement of(Indicator indicator, BigDecimal value, BigDecimal target, Period period, LocalDate today) {
        long days = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
        if (indicator.percent()) {
            return new Judgement(of(indicator, value, target), Rule.RATE, target, 0, days);
        }
        if (today.isAfter(period.end())) {
            return new Judgement(of(indicator, value, target), Rule.WHOLE_PERIOD, target, days, days);
        }
        long gone = Math.max(0, ChronoUnit.DAYS.between(period.start(), today) + 1);
        BigDecimal proRata = target == null ? null
                : target.multiply(BigDecimal.valueOf(gone)).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
        Status s = of(indicator, value, proRata);
        Status tracked = s == ON_TARGET ? ON_TRACK : s == OFF_TARGET ? OFF_TRACK : s;
        return new Judgement(tracked, Rule.PRO_RATA, proRata, gone, days);
    }

    /** Whether this status is good news (a green tag). */
    public boolean good() {
        return this == ON_TARGET || this == ON_TRACK;
    }

    /** Whether this status is bad news (a red tag). */
    public boolean bad() {
        return this == OFF_TARGET || this == OFF_TRACK;
    }
}
