package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * England-and-Wales bank holidays for 1978 to 2199: the standing rules ({@link HolidayRules}) with the one-off
 * {@link SpecialDay}s given to the constructor applied on top. Immutable and thread-safe; each year is computed
 * once and cached.
 *
 * <p>The special days are validated up front, so bad data fails at start-up rather than in a deadline: each must
 * lie in the supported range, no date may appear twice, a REMOVED day must be a rule-computed holiday, and an
 * ADDED day must not already be one.
 */
public final class EnglandAndWalesHolidays {

    /** The first supported year: the early May bank holiday began in 1978. */
    public static final int FIRST_YEAR = 1978;
    /** The last supported year. */
    public static final int LAST_YEAR = 2199;

    private final Map<Integer, List<SpecialDay>> specialDaysByYear;
    private final Map<Integer, Year> cache = new ConcurrentHashMap<>();

    /** The computed holidays of one year, as a list for display and a set for look-up. */
    private record Year(List<Holiday> holidays, Set<LocalDate> dates) {
    }

    public EnglandAndWalesHolidays(Collection<SpecialDay> specialDays) {
        Objects.requireNonNull(specialDays, "specialDays");
        Map<LocalDate, SpecialDay> byDate = new HashMap<>();
        for (SpecialDay day : specialDays) {
            Objects.requireNonNull(day, "special day");
            requireSupported(day.date());
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("Special day " + day.date() + " is listed more than once");
            }
            requireConsistentWithRules(day);
        }
        this.specialDaysByYear = byDate.values().stream()
                .collect(Collectors.groupingBy(day -> day.date().getYear(), Collectors.toUnmodifiableList()));
    }

    /** The bank holidays of {@code year} in date order (an unmodifiable list). */
    public List<Holiday> holidaysIn(int year) {
        return year(year).holidays();
    }

    /** Whether {@code date} is a bank holiday in England and Wales. */
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireSupported(date);
        return year(date.getYear()).dates().contains(date);
    }

    /** Throws {@link OutsideCalendarRangeException} unless {@code date} lies in 1978-01-01 to 2199-12-31. */
    public static void requireSupported(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new OutsideCalendarRangeException(date);
        }
    }

    private Year year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new OutsideCalendarRangeException(year);
        }
        return cache.computeIfAbsent(year, this::compute);
    }

    private Year compute(int year) {
        List<SpecialDay> special = specialDaysByYear.getOrDefault(year, List.of());
        Set<LocalDate> removed = special.stream()
                .filter(day -> day.kind() == SpecialDay.Kind.REMOVED)
                .map(SpecialDay::date)
                .collect(Collectors.toSet());
        List<Holiday> holidays = Stream.concat(
                        HolidayRules.forYear(year).stream().filter(holiday -> !removed.contains(holiday.date())),
                        special.stream()
                                .filter(day -> day.kind() == SpecialDay.Kind.ADDED)
                                .map(day -> new Holiday(day.date(), day.nameEn(), day.nameCy())))
                .sorted(Comparator.comparing(Holiday::date))
                .toList();
        Set<LocalDate> dates = holidays.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
        return new Year(holidays, dates);
    }

    private static void requireConsistentWithRules(SpecialDay day) {
        boolean ruleHoliday = HolidayRules.forYear(day.date().getYear()).stream()
                .anyMatch(holiday -> holiday.date().equals(day.date()));
        if (day.kind() == SpecialDay.Kind.REMOVED && !ruleHoliday) {
            throw new IllegalArgumentException("Special day " + day.date()
                    + " is REMOVED but the rules do not make it a bank holiday");
        }
        if (day.kind() == SpecialDay.Kind.ADDED && ruleHoliday) {
            throw new IllegalArgumentException("Special day " + day.date()
                    + " is ADDED but the rules already make it a bank holiday");
        }
    }
}
