package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = SpecialDaysFixture.calendar();

    @Test
    void weekendsHolidaysAndClosureDaysAreNotWorkingDays() {
        WorkingDayCalendar closed = SpecialDaysFixture.calendarClosedOn(LocalDate.of(2024, 12, 24));
        assertThat(closed.isWorkingDay(LocalDate.of(2024, 12, 23))).isTrue();
        assertThat(closed.isWorkingDay(LocalDate.of(2024, 12, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
    }

    @Test
    void fifteenWorkingDaysFrom24March2027SkipsEaster() {
        // Wed 24 March 2027 is day 0. Thu 25 is day 1; Good Friday 26 and Easter Monday 29 are holidays; Tue 30
        // March is day 2, so day 15 is Friday 16 April.
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 24), 15)).isEqualTo("2027-04-16");
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 24), 2)).isEqualTo("2027-03-30");
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 16))).isEqualTo(15);
    }

    @Test
    void zeroWorkingDaysAnswersTheStartItselfEvenAtAWeekend() {
        LocalDate saturday = LocalDate.of(2024, 6, 1);
        assertThat(calendar.addWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 25), 0)).isEqualTo("2024-12-25");
    }

    @Test
    void oneWorkingDayFromAFridayIsTheMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 6, 7), 1)).isEqualTo("2024-06-10");
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 6, 8), 1)).isEqualTo("2024-06-10");
    }

    @Test
    void countingFromAHolidayStartsWithTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2021, 12, 25), 1)).isEqualTo("2021-12-29");
        assertThat(calendar.addWorkingDays(LocalDate.of(2021, 12, 24), 5)).isEqualTo("2022-01-05");
    }

    @Test
    void closureDaysPushTheDeadlineBack() {
        WorkingDayCalendar closed = SpecialDaysFixture.calendarClosedOn(
                LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 24), 2)).isEqualTo("2025-12-30");
        assertThat(closed.addWorkingDays(LocalDate.of(2025, 12, 24), 2)).isEqualTo("2026-01-05");
        assertThat(closed.workingDaysBetween(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 5))).isEqualTo(2);
    }

    @Test
    void aClosureOnABankHolidayIsNotCountedTwice() {
        WorkingDayCalendar closed = SpecialDaysFixture.calendarClosedOn(LocalDate.of(2025, 12, 25));
        assertThat(closed.workingDaysBetween(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31)))
                .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31)))
                .isEqualTo(5);
    }

    @Test
    void workingDaysBetweenCountsDaysAfterTheFirstUpToAndIncludingTheSecond() {
        LocalDate monday = LocalDate.of(2024, 6, 3);
        assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
        assertThat(calendar.workingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(monday, monday.plusDays(7))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(monday.plusDays(7), monday)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 9))).isZero();
    }

    @Test
    void workingDaysInAWholeYearAreWeekdaysLessWeekdayHolidays() {
        // 2024 has 262 weekdays (it begins on a Monday and is a leap year) and 8 bank holidays, all on weekdays.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)))
                .isEqualTo(254);
    }

    @Test
    void negativeOrHugeDayCountsAreRefused() {
        LocalDate from = LocalDate.of(2024, 6, 3);
        assertThatThrownBy(() -> calendar.addWorkingDays(from, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 10000");
        assertThatThrownBy(() -> calendar.addWorkingDays(from, 10_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10001");
        assertThat(calendar.addWorkingDays(from, 10_000)).isAfter(LocalDate.of(2062, 1, 1));
    }

    @Test
    void answersBeyondTheSupportedRangeAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2199, 12, 20), 20))
                .isInstanceOf(OutsideCalendarRangeException.class).hasMessageContaining("2199");
        // Fri 20 December 2199: Christmas falls on the Wednesday, so the fifth working day is the last day of the range.
        assertThat(calendar.addWorkingDays(LocalDate.of(2199, 12, 20), 5)).isEqualTo("2199-12-31");
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2199, 12, 20), 6))
                .isInstanceOf(OutsideCalendarRangeException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(1977, 12, 30), 1))
                .isInstanceOf(OutsideCalendarRangeException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2200, 1, 1)))
                .isInstanceOf(OutsideCalendarRangeException.class);
        assertThatThrownBy(() -> calendar.nextWorkingDayOnOrAfter(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(OutsideCalendarRangeException.class);
    }

    @Test
    void nextWorkingDayOnOrAfterSkipsTheEasterWeekend() {
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2027, 3, 26))).isEqualTo("2027-03-30");
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2027, 3, 25))).isEqualTo("2027-03-25");
    }

    @Test
    void closureDaysGivenLaterDoNotChangeTheCalendar() {
        var closures = new java.util.HashSet<LocalDate>();
        WorkingDayCalendar council = new WorkingDayCalendar(SpecialDaysFixture.holidays(), closures);
        closures.add(LocalDate.of(2024, 6, 3));
        assertThat(council.isWorkingDay(LocalDate.of(2024, 6, 3))).isTrue();
    }
}
