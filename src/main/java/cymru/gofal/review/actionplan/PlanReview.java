package cymru.gofal.review.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cymru.gofal.review.Review;

/**
 * What the action plan needs of a review: its head and priorities with actions. {@code reviewDay} is the day the
 * plan answers from: the day findings were presented, else the day of publication (London); null when neither.
 */
public record PlanReview(long id, long authorityId, String title, String status, LocalDate findingsPresentedOn,
        Instant publishedAt, LocalDate reviewDay, List<Review.Priority> priorities) {

    /** Plans are written only once a review is published. */
    public boolean published() {
        return "PUBLISHED".equals(status) || "FOLLOW_UP".equals(status);
    }

    public Optional<Review.Action> action(long actionId) {
        return priorities.stream().flatMap(p -> p.actions().stream()).filter(a -> a.id() == actionId).findFirst();
    }

    public Optional<Review.Priority> priorityOf(long actionId) {
        return priorities.stream().filter(p -> p.actions().stream().anyMatch(a -> a.id() == actionId)).findFirst();
    }
}
