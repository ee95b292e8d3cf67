package cymru.gofal.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days for one council: Monday to Friday, not an England-and-Wales bank holiday and not one of the
 * council's closure days. Immutable and thread-safe.
 *
 * <p>Statutory timescales count "within N working days of X" with X as day 0, so the deadline is the Nth working
 * day after X (domain.md section 1). Every date given to or answered by this class must lie in the supported range
 * 1978-01-01 to 2199-12-31; otherwise {@link OutsideCalendarRangeException} is thrown.
 *
 * <p>Counting is arithmetic over weekdays with the (few) non-working weekdays subtracted, so spans of decades cost
 * a handful of look-ups per year rather than a loop over every day.
 */
public final class WorkingDayCalendar {

    /** The largest number of working days {@link #addWorkingDays} accepts: about 40 years. */
    public static final int MAX_DAYS = 10_000;

    /** A Monday, as an epoch day, from which whole weeks are counted. */
    private static final long MONDAY_EPOCH_DAY = LocalDate.of(1970, 1, 5).toEpochDay();

    private final EnglandAndWalesHolidays holidays;
    private final NavigableSet<LocalDate> closureDays;

    public WorkingDayCalendar(EnglandAndWalesHolidays holidays, Set<LocalDate> closureDays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(closureDays, "closureDays");
        this.closureDays = Collections.unmodifiableNavigableSet(new TreeSet<>(Set.copyOf(closureDays)));
    }

    /** Whether {@code date} is Monday to Friday, not a bank holiday and not a closure day. */
    public boolean isWorkingDay(LocalDate date) {
        EnglandAndWalesHolidays.requireSupported(date);
        return isWeekday(date) && !holidays.isHoliday(date) && !closureDays.contains(date);
    }

    /**
     * The {@code days}-th working day after {@code from}, which is day 0 and need not itself be a working day.
     * {@code days == 0} answers {@code from} unchanged. For {@code days > 0} the answer is always a working day.
     *
     * @throws IllegalArgumentException if {@code days} is negative or more than {@link #MAX_DAYS}
     * @throws OutsideCalendarRangeException if {@code from} or the answer lies outside the supported range
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        EnglandAndWalesHolidays.requireSupported(from);
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Working days to add must be between 0 and " + MAX_DAYS
                    + " inclusive, but was " + days);
        }
        // Jump over as many weekdays as are still needed, then count how many of them were working days. The
        // weekdays jumped over include all working days among them, so the jump never overshoots; it ends exactly
        // when every weekday in the last jump was a working day, which makes the answer a working day.
        LocalDate current = from;
        int remaining = days;
        while (remaining > 0) {
            LocalDate next = plusWeekdays(current, remaining);
            EnglandAndWalesHolidays.requireSupported(next);
            remaining -= workingDaysAfter(current, next);
            current = next;
        }
        return current;
    }

    /**
     * The number of working days after {@code a} up to and including {@code b}; 0 when they are equal, and
     * {@code -workingDaysBetween(b, a)} when {@code b} is before {@code a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        EnglandAndWalesHolidays.requireSupported(a);
        EnglandAndWalesHolidays.requireSupported(b);
        int order = a.compareTo(b);
        if (order == 0) {
            return 0;
        }
        return order < 0 ? workingDaysAfter(a, b) : -workingDaysAfter(b, a);
    }

    /** {@code date} if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days in the interval (a, b], for a before b, both already range-checked. */
    private int workingDaysAfter(LocalDate a, LocalDate b) {
        long count = weekdaysUpTo(b) - weekdaysUpTo(a);
        for (int year = a.getYear(); year <= b.getYear(); year++) {
            for (Holiday holiday : holidays.holidaysIn(year)) {
                LocalDate day = holiday.date();
                if (day.isAfter(a) && !day.isAfter(b) && isWeekday(day) && !closureDays.contains(day)) {
                    count--;
                }
            }
        }
        for (LocalDate closure : closureDays.subSet(a, false, b, true)) {
            if (isWeekday(closure)) {
                count--;
            }
        }
        return Math.toIntExact(count);
    }

    /** The number of weekdays from the epoch Monday up to and including {@code date}. */
    private static long weekdaysUpTo(LocalDate date) {
        long days = date.toEpochDay() - MONDAY_EPOCH_DAY;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7) + 1, 5);
    }

    /** The {@code count}-th weekday (Monday to Friday) after {@code date}, for count > 0. */
    private static LocalDate plusWeekdays(LocalDate date, int count) {
        // A weekend day has the same weekdays after it as the Friday before it.
        LocalDate day = switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
        day = day.plusWeeks(count / 5);
        for (int i = 0; i < count % 5; i++) {
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return day;
    }

    private static boolean isWeekday(LocalDate date) {
        return !HolidayRules.isWeekend(date.getDayOfWeek());
    }
}
