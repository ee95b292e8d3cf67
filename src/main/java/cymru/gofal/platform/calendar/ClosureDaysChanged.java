package cymru.gofal.platform.calendar;

import java.util.Objects;

/**
 * A council's closure days changed, inside the transaction that changed them. Published so that modules holding due
 * dates of open work, counted in that council's working days, recompute them on {@link #calendar()}, the council's
 * calendar as it now stands (the cached one is replaced only after commit). Work already done keeps the due date it
 * was judged by.
 */
public record ClosureDaysChanged(long authorityId, WorkingDayCalendar calendar) {

    public ClosureDaysChanged {
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The due date of {@code rule}'s clock started on {@code start}, on the new calendar. */
    public java.time.LocalDate dueDate(TimescaleRule rule, java.time.LocalDate start) {
        return new Timescales(calendar).dueDate(rule, start);
    }
}
