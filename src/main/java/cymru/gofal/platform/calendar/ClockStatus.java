package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one statutory clock stands on a given day.
 *
 * @param due             the due date
 * @param state           DUE or OVERDUE while running; MET or MISSED once stopped
 * @param workingDaysLeft working days from the as-of date to the due date: positive before it, 0 on it (and on
 *                        any non-working day after it with no working day between), negative once past it
 * @param overdue         true exactly when the clock is still running after its due date (state OVERDUE)
 */
public record ClockStatus(LocalDate due, State state, int workingDaysLeft, boolean overdue) {

    /** The state of a clock. */
    public enum State {
        /** Running, and the due date has not passed. */
        DUE,
        /** Running, and the due date has passed. */
        OVERDUE,
        /** Stopped on or before the due date. */
        MET,
        /** Stopped after the due date. */
        MISSED
    }

    public ClockStatus {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (overdue != (state == State.OVERDUE)) {
            throw new IllegalArgumentException("overdue must be true exactly when the state is OVERDUE");
        }
    }
}
