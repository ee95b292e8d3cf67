package cymru.gofal.casework.internal;

import java.time.LocalDate;

import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.work.WorkItem;

/**
 * One line of a work tray: the item, the names it shows, and how it stands on the council's calendar as of today.
 *
 * @param personName       the person's name (only people the user may see are ever made into rows)
 * @param staffName        who holds the work; null when unallocated or not shown (the worker's own tray)
 * @param workingDaysLeft  working days after today up to and including the due date: 0 when due today, negative
 *                         when overdue (then minus the working days since the due date)
 * @param overdue          the due date is before today
 */
public record TrayRow(WorkItem item, String personName, String staffName, int workingDaysLeft, boolean overdue) {

    /** Due within this many working days (and not overdue): marked as due soon. */
    public static final int SOON = 2;

    /** How urgent a row is, for its tag. */
    public enum Urgency {
        OVERDUE, DUE_TODAY, DUE_SOON, NONE
    }

    public static TrayRow of(WorkItem item, String personName, String staffName, WorkingDayCalendar calendar, LocalDate today) {
        int left = calendar.workingDaysBetween(today, item.dueOn());
        return new TrayRow(item, personName, staffName, left, item.dueOn().isBefore(today));
    }

    /**
     * Working days since the due date, for an overdue row. May be 0: work due on Friday is overdue on the
     * Sunday, before another working day has passed.
     */
    public int workingDaysOverdue() {
        return overdue ? Math.max(0, -workingDaysLeft) : 0;
    }

    public Urgency urgency() {
        if (overdue) {
            return Urgency.OVERDUE;
        }
        if (workingDaysLeft <= 0) {
            return Urgency.DUE_TODAY;
        }
        return workingDaysLeft <= SOON ? Urgency.DUE_SOON : Urgency.NONE;
    }
}
