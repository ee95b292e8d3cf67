package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.gofal.platform.calendar.ClockStatus.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimescalesTest {

    private static final TimescaleRule ICPC = rule("ICPC", 15, TimescaleUnit.WORKING_DAYS);

    private final Timescales timescales = new Timescales(SpecialDaysFixture.calendar());

    @Test
    void workingDayLimitsSkipWeekendsAndHolidays() {
        assertThat(timescales.dueDate(ICPC, LocalDate.of(2027, 3, 24))).isEqualTo("2027-04-16");
    }

    @Test
    void councilClosureDaysMoveWorkingDayDeadlines() {
        Timescales closed = new Timescales(SpecialDaysFixture.calendarClosedOn(LocalDate.of(2027, 4, 1)));
        assertThat(closed.dueDate(ICPC, LocalDate.of(2027, 3, 24))).isEqualTo("2027-04-19");
    }

    @Test
    void calendarDayAndWeekLimitsMayFallDueAtAWeekend() {
        assertThat(timescales.dueDate(rule("POVA_REFERRAL", 1, TimescaleUnit.CALENDAR_DAYS), LocalDate.of(2024, 6, 7)))
                .isEqualTo("2024-06-08");
        assertThat(timescales.dueDate(rule("LAC_VISIT_FIRST", 1, TimescaleUnit.WEEKS), LocalDate.of(2024, 12, 18)))
                .isEqualTo("2024-12-25");
        assertThat(timescales.dueDate(rule("LAC_REVIEW_FIRST", 4, TimescaleUnit.WEEKS), LocalDate.of(2024, 1, 31)))
                .isEqualTo("2024-02-28");
    }

    @Test
    void monthsClampToMonthEnd() {
        TimescaleRule oneMonth = rule("ONE_MONTH", 1, TimescaleUnit.MONTHS);
        assertThat(timescales.dueDate(oneMonth, LocalDate.of(2024, 1, 31))).isEqualTo("2024-02-29");
        assertThat(timescales.dueDate(oneMonth, LocalDate.of(2023, 1, 31))).isEqualTo("2023-02-28");
        assertThat(timescales.dueDate(rule("CP_REVIEW_FIRST", 3, TimescaleUnit.MONTHS), LocalDate.of(2024, 11, 30)))
                .isEqualTo("2025-02-28");
        assertThat(timescales.dueDate(rule("CP_REVIEW_SUBSEQUENT", 6, TimescaleUnit.MONTHS), LocalDate.of(2024, 3, 15)))
                .isEqualTo("2024-09-15");
    }

    @Test
    void zeroOffsetIsDueOnTheStartDay() {
        LocalDate placement = LocalDate.of(2010, 5, 1);
        assertThat(timescales.dueDate(rule("LAC_CARE_PLAN", 0, TimescaleUnit.CALENDAR_DAYS), placement)).isEqualTo(placement);
        assertThat(timescales.dueDate(rule("NOW", 0, TimescaleUnit.WORKING_DAYS), placement)).isEqualTo(placement);
    }

    @Test
    void dueWhileRunningUpToAndIncludingTheDueDate() {
        LocalDate start = LocalDate.of(2027, 3, 24);
        assertThat(timescales.status(ICPC, start, null, start))
                .isEqualTo(new ClockStatus(LocalDate.of(2027, 4, 16), State.DUE, 15, false));
        assertThat(timescales.status(ICPC, start, null, LocalDate.of(2027, 4, 16)))
                .isEqualTo(new ClockStatus(LocalDate.of(2027, 4, 16), State.DUE, 0, false));
    }

    @Test
    void overdueWhenIcpcNotHeldAfterFifteenWorkingDays() {
        LocalDate start = LocalDate.of(2027, 3, 24);
        assertThat(timescales.status(ICPC, start, null, LocalDate.of(2027, 4, 20)))
                .isEqualTo(new ClockStatus(LocalDate.of(2027, 4, 16), State.OVERDUE, -2, true));
        assertThat(timescales.status(ICPC, start, null, LocalDate.of(2027, 4, 17)))
                .isEqualTo(new ClockStatus(LocalDate.of(2027, 4, 16), State.OVERDUE, 0, true));
    }

    @Test
    void metWhenStoppedOnOrBeforeTheDueDate() {
        LocalDate start = LocalDate.of(2027, 3, 24);
        assertThat(timescales.status(ICPC, start, LocalDate.of(2027, 4, 16), LocalDate.of(2027, 5, 3)).state())
                .isEqualTo(State.MET);
        assertThat(timescales.status(ICPC, start, start, start).state()).isEqualTo(State.MET);
    }

    @Test
    void missedWhenStoppedAfterTheDueDate() {
        ClockStatus status = timescales.status(ICPC, LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 19),
                LocalDate.of(2027, 4, 19));
        assertThat(status).isEqualTo(new ClockStatus(LocalDate.of(2027, 4, 16), State.MISSED, -1, false));
    }

    @Test
    void aStopOrViewBeforeTheStartIsRefused() {
        LocalDate start = LocalDate.of(2027, 3, 24);
        assertThatThrownBy(() -> timescales.status(ICPC, start, start.minusDays(1), start))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it started");
        assertThatThrownBy(() -> timescales.status(ICPC, start, null, start.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it started");
    }

    @Test
    void clockStatusOverdueFlagMustMatchItsState() {
        assertThatThrownBy(() -> new ClockStatus(LocalDate.of(2027, 4, 16), State.MISSED, -1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesRefuseNegativeOffsetsAndMalformedCodes() {
        assertThatThrownBy(() -> rule("ICPC", -1, TimescaleUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> rule("icpc", 15, TimescaleUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPPER_SNAKE");
    }

    @Test
    void datesOutsideTheCalendarRangeAreRefused() {
        assertThatThrownBy(() -> timescales.dueDate(rule("LATE", 1, TimescaleUnit.MONTHS), LocalDate.of(2199, 12, 15)))
                .isInstanceOf(OutsideCalendarRangeException.class);
    }

    private static TimescaleRule rule(String code, int offset, TimescaleUnit unit) {
        return new TimescaleRule("WALES_2016", code, code + " title", code + " teitl", "STARTED", offset, unit,
                "STOPPED", "test", true);
    }
}
