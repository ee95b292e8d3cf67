package cymru.gofal.planning;

import java.time.LocalDate;

/**
 * A plan's review was held. When its outcome ends the plan (review_outcome.ends_plan), the plan is ended on the day
 * held, in the same transaction; otherwise the next review is scheduled from the regime's later-review rule.
 *
 * @param outcome code of review_outcome
 */
public record ReviewHeld(long authorityId, long reviewId, long planId, long personId, LocalDate heldOn, String outcome,
        boolean endsPlan) {
}
