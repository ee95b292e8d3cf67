package cymru.gofal.review.actionplan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The status of an action plan line and the moves allowed between statuses: NOT_STARTED to IN_PROGRESS, COMPLETE or
 * DROPPED; IN_PROGRESS to COMPLETE or DROPPED; COMPLETE back to IN_PROGRESS (reopened, the measure not met after
 * all); DROPPED is final (a new line takes its place). Staying in the same status is always allowed (an edit of the
 * line's other fields). A line is overdue when its due day has passed and it is neither complete nor dropped.
 */
public enum PlanStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETE, DROPPED;

    public boolean canMoveTo(PlanStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case NOT_STARTED -> true;
            case IN_PROGRESS -> next == COMPLETE || next == DROPPED;
            case COMPLETE -> next == IN_PROGRESS;
            case DROPPED -> false;
        };
    }

    /** Whether work on the line is still expected (so that it can be overdue). */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return open() && dueOn.isBefore(today);
    }

    /** The statuses a progress update may move a line to (dropping is the senior manager's edit of the line). */
    public static final Set<PlanStatus> BY_PROGRESS = Set.of(IN_PROGRESS, COMPLETE);

    /** The status named by a form or API value; empty for anything else. */
    public static Optional<PlanStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (PlanStatus s : values()) {
            if (s.name().equals(value.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
