package cymru.gofal.review.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review's action plan as read: the review with its priorities and actions, every line, each line's newest
 * update, and the day it was read. {@code personal} false = the councillors' summary: owners and progress are
 * left out (null / empty) before it leaves the service.
 */
public record Plan(PlanReview review, List<PlanLine> lines, Map<Long, ProgressUpdate> latest, LocalDate today, boolean personal) {

    public List<PlanLine> linesOf(long actionId) {
        return lines.stream().filter(l -> l.actionId() == actionId).toList();
    }

    public List<PlanLine> linesOfPriority(long priorityId) {
        return review.priorities().stream().filter(p -> p.id() == priorityId).flatMap(p -> p.actions().stream())
                .flatMap(a -> linesOf(a.id()).stream()).toList();
    }

    public ProgressUpdate latest(long lineId) {
        return latest.get(lineId);
    }

    public Counts counts() {
        return Counts.of(lines, today);
    }

    public Counts counts(long priorityId) {
        return Counts.of(linesOfPriority(priorityId), today);
    }

    /**
     * Lines by where they stand today; each line is counted once: an overdue line (due day passed, not complete or
     * dropped) counts as overdue, not as in progress or not started.
     */
    public record Counts(int total, int complete, int inProgress, int overdue, int notStarted, int dropped) {
        static Counts of(List<PlanLine> lines, LocalDate today) {
            int complete = 0, inProgress = 0, overdue = 0, notStarted = 0, dropped = 0;
            for (PlanLine l : lines) {
                if (l.overdue(today)) {
                    overdue++;
                } else {
                    switch (l.status()) {
                        case COMPLETE -> complete++;
                        case IN_PROGRESS -> inProgress++;
                        case NOT_STARTED -> notStarted++;
                        case DROPPED -> dropped++;
                    }
                }
            }
            return new Counts(lines.size(), complete, inProgress, overdue, notStarted, dropped);
        }
    }
}
