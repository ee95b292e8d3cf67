package cymru.gofal.platform.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing England-and-Wales bank holiday rules, before any one-off proclamation is applied: the Banking and
 * Financial Dealings Act 1971 Schedule 1 (Easter Monday, last Monday in May, last Monday in August, 26 December or
 * 27 December when 25 or 26 December is a Sunday), the annual proclamations for 1 January and the first Monday in
 * May, and the common-law holidays Good Friday and Christmas Day with their customary substitutes. Valid for 1978
 * onwards; range checks are the caller's job.
 */
final class HolidayRules {

    static final String SUBSTITUTE_EN = " (substitute day)";
    static final String SUBSTITUTE_CY = " (diwrnod yn lle)";

    private HolidayRules() {
    }

    /** The rule-computed holidays of {@code year}, in date order. */
    static List<Holiday> forYear(int year) {
        List<Holiday> days = new ArrayList<>(9);
        days.add(newYear(year));
        LocalDate easter = easterSunday(year);
        days.add(new Holiday(easter.minusDays(2), "Good Friday", "Dydd Gwener y Groglith"));
        days.add(new Holiday(easter.plusDays(1), "Easter Monday", "Llun y Pasg"));
        LocalDate may1 = LocalDate.of(year, Month.MAY, 1);
        days.add(new Holiday(may1.with(TemporalAdjusters.firstInMonth(MONDAY)),
                "Early May bank holiday", "Gŵyl Banc Calan Mai"));
        days.add(new Holiday(may1.with(TemporalAdjusters.lastInMonth(MONDAY)),
                "Spring bank holiday", "Gŵyl Banc y Gwanwyn"));
        days.add(new Holiday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(MONDAY)),
                "Summer bank holiday", "Gŵyl Banc yr Haf"));
        addChristmas(year, days);
        return days;
    }

    /** 1 January, or the Monday after when it falls at a weekend. */
    private static Holiday newYear(int year) {
        LocalDate jan1 = LocalDate.of(year, Month.JANUARY, 1);
        if (isWeekend(jan1.getDayOfWeek())) {
            return substitute(jan1.with(TemporalAdjusters.next(MONDAY)), "New Year's Day", "Dydd Calan");
        }
        return new Holiday(jan1, "New Year's Day", "Dydd Calan");
    }

    /**
     * Christmas Day and Boxing Day. A holiday falling at a weekend moves to the next weekday not already taken:
     * 25th a Friday gives Boxing Day on Monday 28th; a Saturday gives Monday 27th and Tuesday 28th; a Sunday gives
     * Boxing Day on Monday 26th (the Act's "27 December if 26 December is a Sunday" does not arise then, because
     * 26th is a Monday) and Christmas on Tuesday 27th.
     */
    private static void addChristmas(int year, List<Holiday> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> {
                days.add(new Holiday(christmas, "Christmas Day", "Dydd Nadolig"));
                days.add(substitute(christmas.plusDays(3), "Boxing Day", "Gŵyl San Steffan"));
            }
            case SATURDAY -> {
                days.add(substitute(christmas.plusDays(2), "Christmas Day", "Dydd Nadolig"));
                days.add(substitute(christmas.plusDays(3), "Boxing Day", "Gŵyl San Steffan"));
            }
            case SUNDAY -> {
                days.add(new Holiday(boxing, "Boxing Day", "Gŵyl San Steffan"));
                days.add(substitute(christmas.plusDays(2), "Christmas Day", "Dydd Nadolig"));
            }
            default -> {
                days.add(new Holiday(christmas, "Christmas Day", "Dydd Nadolig"));
                days.add(new Holiday(boxing, "Boxing Day", "Gŵyl San Steffan"));
            }
        }
    }

    /**
     * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), exactly as written in domain.md
     * section 5. Integer division of non-negative values, so Java's truncation equals the floor it specifies.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isWeekend(DayOfWeek day) {
        return day == SATURDAY || day == SUNDAY;
    }

    private static Holiday substitute(LocalDate date, String nameEn, String nameCy) {
        return new Holiday(date, nameEn + SUBSTITUTE_EN, nameCy + SUBSTITUTE_CY);
    }
}
