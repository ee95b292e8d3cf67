package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglandAndWalesHolidaysTest {

    private final EnglandAndWalesHolidays holidays = SpecialDaysFixture.holidays();
    private final EnglandAndWalesHolidays rulesOnly = new EnglandAndWalesHolidays(List.of());

    @Test
    void easterSunday2024IsThirtyFirstMarch() {
        assertThat(HolidayRules.easterSunday(2024)).isEqualTo("2024-03-31");
    }

    @Test
    void goodFridayAndEasterMondayAreHolidays2024() {
        assertThat(holidays.isHoliday(LocalDate.of(2024, 3, 29))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 3, 28))).isFalse();
    }

    @Test
    void christmasOnSaturdayGivesSubstitutesOnMonday27AndTuesday28() {
        assertThat(christmasWeek(2021)).containsExactly(
                new Holiday(LocalDate.of(2021, 12, 27), "Christmas Day (substitute day)", "Dydd Nadolig (diwrnod yn lle)"),
                new Holiday(LocalDate.of(2021, 12, 28), "Boxing Day (substitute day)", "Gŵyl San Steffan (diwrnod yn lle)"));
    }

    @Test
    void christmasOnSundayGivesBoxingDayOnMonday26AndChristmasSubstituteOnTuesday27() {
        assertThat(christmasWeek(2022)).containsExactly(
                new Holiday(LocalDate.of(2022, 12, 26), "Boxing Day", "Gŵyl San Steffan"),
                new Holiday(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)", "Dydd Nadolig (diwrnod yn lle)"));
    }

    @Test
    void christmasOnFridayMovesBoxingDayToMonday28() {
        assertThat(christmasWeek(2020)).containsExactly(
                new Holiday(LocalDate.of(2020, 12, 25), "Christmas Day", "Dydd Nadolig"),
                new Holiday(LocalDate.of(2020, 12, 28), "Boxing Day (substitute day)", "Gŵyl San Steffan (diwrnod yn lle)"));
    }

    @Test
    void christmasOnThursdayNeedsNoSubstitute() {
        assertThat(christmasWeek(2025)).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
    }

    @Test
    void newYearAtWeekendMovesToTheMondayAfter() {
        assertThat(holidays.holidaysIn(2022).get(0))
                .isEqualTo(new Holiday(LocalDate.of(2022, 1, 3), "New Year's Day (substitute day)", "Dydd Calan (diwrnod yn lle)"));
        assertThat(holidays.holidaysIn(2023).get(0).date()).isEqualTo("2023-01-02");
        assertThat(holidays.isHoliday(LocalDate.of(2022, 1, 1))).isFalse();
    }

    @Test
    void everyHolidayHasItsOfficialWelshName() {
        assertThat(holidays.holidaysIn(2024)).extracting(Holiday::nameCy).containsExactly(
                "Dydd Calan", "Dydd Gwener y Groglith", "Llun y Pasg", "Gŵyl Banc Calan Mai", "Gŵyl Banc y Gwanwyn",
                "Gŵyl Banc yr Haf", "Dydd Nadolig", "Gŵyl San Steffan");
        assertThat(holidays.holidaysIn(2024)).extracting(Holiday::nameEn).containsExactly(
                "New Year's Day", "Good Friday", "Easter Monday", "Early May bank holiday", "Spring bank holiday",
                "Summer bank holiday", "Christmas Day", "Boxing Day");
    }

    @Test
    void specialDaysComeFromTheDataNotTheRules() {
        LocalDate funeral = LocalDate.of(2022, 9, 19);
        assertThat(rulesOnly.isHoliday(funeral)).isFalse();
        assertThat(rulesOnly.isHoliday(LocalDate.of(2022, 5, 30))).isTrue();
        assertThat(holidays.isHoliday(funeral)).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2022, 5, 30))).isFalse();
        assertThat(holidays.holidaysIn(2022)).contains(new Holiday(funeral,
                "Bank holiday for the State Funeral of Queen Elizabeth II",
                "Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II"));
    }

    @Test
    void aNewProclamationNeedsOnlyANewRow() {
        LocalDate invented = LocalDate.of(2031, 7, 1);
        var withExtra = new EnglandAndWalesHolidays(List.of(
                new SpecialDay(invented, SpecialDay.Kind.ADDED, "Extra bank holiday", "Gŵyl y Banc ychwanegol")));
        assertThat(withExtra.isHoliday(invented)).isTrue();
        assertThat(withExtra.holidaysIn(2031)).hasSize(9).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> holidays.holidaysIn(1977))
                .isInstanceOf(OutsideCalendarRangeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1978").hasMessageContaining("2199");
        assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(OutsideCalendarRangeException.class)
                .hasMessageContaining("1978").hasMessageContaining("2199");
        assertThat(holidays.holidaysIn(1978)).hasSize(8);
        assertThat(holidays.holidaysIn(2199)).hasSize(8);
    }

    @Test
    void firstEarlyMayHolidayWas1May1978() {
        assertThat(holidays.isHoliday(LocalDate.of(1978, 5, 1))).isTrue();
    }

    @Test
    void removingADayTheRulesDoNotGiveIsRejected() {
        assertThatThrownBy(() -> new EnglandAndWalesHolidays(List.of(
                new SpecialDay(LocalDate.of(2022, 5, 31), SpecialDay.Kind.REMOVED, "x", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-05-31");
    }

    @Test
    void addingADayTheRulesAlreadyGiveIsRejected() {
        assertThatThrownBy(() -> new EnglandAndWalesHolidays(List.of(
                new SpecialDay(LocalDate.of(2022, 12, 26), SpecialDay.Kind.ADDED, "x", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-12-26");
    }

    @Test
    void theSameSpecialDayTwiceIsRejected() {
        SpecialDay day = new SpecialDay(LocalDate.of(2030, 7, 1), SpecialDay.Kind.ADDED, "x", "x");
        assertThatThrownBy(() -> new EnglandAndWalesHolidays(List.of(day, day)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
    }

    @Test
    void specialDaysOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> new EnglandAndWalesHolidays(List.of(
                new SpecialDay(LocalDate.of(1977, 6, 7), SpecialDay.Kind.ADDED, "Silver Jubilee", "Jiwbilî Arian"))))
                .isInstanceOf(OutsideCalendarRangeException.class);
    }

    @Test
    void specialDayNeedsBothNames() {
        assertThatThrownBy(() -> new SpecialDay(LocalDate.of(2030, 7, 1), SpecialDay.Kind.ADDED, "x", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nameCy");
    }

    @Test
    void holidayListsCannotBeChangedByCallers() {
        List<Holiday> list = holidays.holidaysIn(2030);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(holidays.holidaysIn(2030)).hasSize(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickyYears")
    void fullHolidayListOfTrickyYears(int year, List<String> expected) {
        assertThat(holidays.holidaysIn(year)).extracting(holiday -> holiday.date().toString())
                .containsExactlyElementsOf(expected);
    }

    /**
     * Checked against the GOV.UK feed (2012-2025), python3-holidays and python3-workalendar, and by hand from the
     * rules and proclamations where those libraries are wrong (1995, 2002, 2011, 2022, 2023).
     */
    static Stream<Arguments> trickyYears() {
        return Stream.of(
                year(1995, "01-02", "04-14", "04-17", "05-08", "05-29", "08-28", "12-25", "12-26"),
                year(1999, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28", "12-31"),
                year(2000, "01-03", "04-21", "04-24", "05-01", "05-29", "08-28", "12-25", "12-26"),
                year(2002, "01-01", "03-29", "04-01", "05-06", "06-03", "06-04", "08-26", "12-25", "12-26"),
                year(2004, "01-01", "04-09", "04-12", "05-03", "05-31", "08-30", "12-27", "12-28"),
                year(2010, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"),
                year(2011, "01-03", "04-22", "04-25", "04-29", "05-02", "05-30", "08-29", "12-26", "12-27"),
                year(2012, "01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"),
                year(2016, "01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"),
                year(2020, "01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"),
                year(2021, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"),
                year(2022, "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"),
                year(2023, "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"),
                year(2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"),
                year(2032, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"));
    }

    private static Arguments year(int year, String... monthDays) {
        return Arguments.of(year, Stream.of(monthDays).map(md -> year + "-" + md).toList());
    }

    private List<Holiday> christmasWeek(int year) {
        return holidays.holidaysIn(year).stream().filter(h -> h.date().getMonthValue() == 12).toList();
    }
}
