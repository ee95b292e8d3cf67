package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The timescale rule engine: turns a {@link TimescaleRule} and the day its clock started into a due date, and
 * reports where the clock stands. Pure and thread-safe; the calendar is the council's.
 *
 * <p>The start day is day 0. Only WORKING_DAYS limits skip non-working days; a limit in calendar days, weeks or
 * months may fall due at a weekend or on a holiday, as the statutes count them.
 */
public final class Timescales {

    private final WorkingDayCalendar calendar;

    public Timescales(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day on which {@code rule}'s stop event is in time, for a clock started on {@code start}. */
    public LocalDate dueDate(TimescaleRule rule, LocalDate start) {
        Objects.requireNonNull(rule, "rule");
        EnglandAndWalesHolidays.requireSupported(start);
        LocalDate due = switch (rule.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, rule.offset());
            case CALENDAR_DAYS -> start.plusDays(rule.offset());
            case WEEKS -> start.plusWeeks(rule.offset());
            case MONTHS -> start.plusMonths(rule.offset());
        };
        EnglandAndWalesHolidays.requireSupported(due);
        return due;
    }

    /**
     * Where the clock stands on {@code asOf}. A stopped clock is MET when it stopped on or before the due date and
     * MISSED otherwise, whatever {@code asOf} is: to see the clock as it stood on an earlier day, pass
     * {@code stoppedOn} as null when the stop came after that day. A running clock is OVERDUE once {@code asOf} is
     * after the due date, and DUE until then.
     *
     * @param stoppedOn the day the stop event happened, or null while the clock runs
     * @throws IllegalArgumentException if {@code stoppedOn} or {@code asOf} is before {@code start}
     */
    public ClockStatus status(TimescaleRule rule, LocalDate start, LocalDate stoppedOn, LocalDate asOf) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(asOf, "asOf");
        if (stoppedOn != null && stoppedOn.isBefore(start)) {
            throw new IllegalArgumentException("Clock " + rule.code() + " cannot stop on " + stoppedOn
                    + ", before it started on " + start);
        }
        if (asOf.isBefore(start)) {
            throw new IllegalArgumentException("Clock " + rule.code() + " cannot be viewed as of " + asOf
                    + ", before it started on " + start);
        }
        LocalDate due = dueDate(rule, start);
        ClockStatus.State state;
        if (stoppedOn != null) {
            state = stoppedOn.isAfter(due) ? ClockStatus.State.MISSED : ClockStatus.State.MET;
        } else {
            state = asOf.isAfter(due) ? ClockStatus.State.OVERDUE : ClockStatus.State.DUE;
        }
        int workingDaysLeft = calendar.workingDaysBetween(asOf, due);
        return new ClockStatus(due, state, workingDaysLeft, state == ClockStatus.State.OVERDUE);
    }
}
