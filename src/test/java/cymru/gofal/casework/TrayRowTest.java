package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cymru.gofal.casework.internal.TrayRow;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.calendar.WorkingDayCalendar;

import static cymru.gofal.casework.WorkItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Working days left and the urgency of a tray row, on the England and Wales calendar, without Spring. */
class TrayRowTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(new EnglandAndWalesHolidays(List.of()), Set.of());

    static TrayRow row(LocalDate today, LocalDate due) {
        return TrayRow.of(item("k", 1, due), "Person", null, CALENDAR, today);
    }

    /** Christmas Day is a Friday in 2026 and Boxing Day a Saturday, so Monday 28 December is its substitute. */
    @Test
    void bankHolidaysBetweenTodayAndTheDueDateAreNotWorkingDaysLeft() {
        TrayRow r = row(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29));
        assertThat(r.workingDaysLeft()).isEqualTo(1);
        assertThat(r.overdue()).isFalse();
        assertThat(r.urgency()).isEqualTo(TrayRow.Urgency.DUE_SOON);
    }

    @Test
    void dueTodayIsZeroWorkingDaysLeft() {
        TrayRow r = row(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3));
        assertThat(r.workingDaysLeft()).isZero();
        assertThat(r.urgency()).isEqualTo(TrayRow.Urgency.DUE_TODAY);
    }

    @Test
    void moreThanTwoWorkingDaysLeftIsNotMarked() {
        TrayRow r = row(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 10)); // Friday to Wednesday: 3
        assertThat(r.workingDaysLeft()).isEqualTo(3);
        assertThat(r.urgency()).isEqualTo(TrayRow.Urgency.NONE);
    }

    /** Due Thursday 24 December 2026, seen on Tuesday 29 December: Christmas and its substitute do not count. */
    @Test
    void overdueCountsTheWorkingDaysSinceTheDueDate() {
        TrayRow r = row(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24));
        assertThat(r.overdue()).isTrue();
        assertThat(r.workingDaysLeft()).isEqualTo(-1);
        assertThat(r.workingDaysOverdue()).isEqualTo(1);
        assertThat(r.urgency()).isEqualTo(TrayRow.Urgency.OVERDUE);
    }

    /** Work due on Friday is overdue on Sunday, before another working day has passed. */
    @Test
    void overdueAtTheWeekendBeforeAWorkingDayHasPassed() {
        TrayRow r = row(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 5));
        assertThat(r.overdue()).isTrue();
        assertThat(r.workingDaysOverdue()).isZero();
        assertThat(r.urgency()).isEqualTo(TrayRow.Urgency.OVERDUE);
    }
}
