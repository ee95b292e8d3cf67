package cymru.gofal.platform.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One statutory clock, as data (a row of {@code timescale_rule}): within {@code offset} {@code unit}s of
 * {@code startEvent}, {@code stopEvent} must happen. Rules are versioned by regime (WALES_2007, WALES_2016) and a
 * step that is the same in both regimes has the same code in both.
 *
 * @param regime     the regime code, e.g. WALES_2016
 * @param code       the rule code, UPPER_SNAKE, e.g. ICPC
 * @param titleEn    English title
 * @param titleCy    Welsh title
 * @param startEvent the event that starts the clock (day 0), UPPER_SNAKE
 * @param offset     how many units the limit is; 0 means "on the start day"
 * @param unit       what the offset counts
 * @param stopEvent  the event that stops the clock, UPPER_SNAKE
 * @param source     where the limit comes from
 * @param verified   false while the limit rests on memory rather than a checked source
 */
public record TimescaleRule(String regime, String code, String titleEn, String titleCy, String startEvent,
                            int offset, TimescaleUnit unit, String stopEvent, String source, boolean verified) {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public TimescaleRule {
        regime = upperSnake(regime, "regime");
        code = upperSnake(code, "code");
        titleEn = text(titleEn, "titleEn");
        titleCy = text(titleCy, "titleCy");
        startEvent = upperSnake(startEvent, "startEvent");
        stopEvent = upperSnake(stopEvent, "stopEvent");
        source = text(source, "source");
        Objects.requireNonNull(unit, "unit");
        if (offset < 0) {
            throw new IllegalArgumentException("Timescale offset must not be negative, but was " + offset);
        }
    }

    private static String upperSnake(String value, String field) {
        if (value == null || !UPPER_SNAKE.matcher(value).matches()) {
            throw new IllegalArgumentException("Timescale " + field + " must be UPPER_SNAKE, but was " + value);
        }
        return value;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Timescale " + field + " must not be blank");
        }
        return value;
    }
}
