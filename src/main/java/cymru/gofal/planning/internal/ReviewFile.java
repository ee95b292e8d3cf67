package cymru.gofal.planning.internal;

import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.calendar.TimescaleRule;

/**
 * One review as its page shows it: the review, its person, the rule its date comes from, where it stands on the
 * council's calendar (working days from today, or from the day held, to the day due: negative once past it), the
 * outcome reached and the review that followed (null when none).
 */
public record ReviewFile(Review review, PersonRef person, TimescaleRule rule, int workingDaysLeft, ReviewOutcomes.Outcome outcome,
        Long nextReviewId) {

    public boolean overdue() {
        return review.scheduled() && workingDaysLeft < 0;
    }

    public int workingDaysOverdue() {
        return overdue() ? -workingDaysLeft : 0;
    }
}
