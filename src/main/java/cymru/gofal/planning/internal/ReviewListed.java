package cymru.gofal.planning.internal;

import cymru.gofal.people.PersonRef;

/** A review in a list, with its person and working days from today to its due date (negative once overdue). */
public record ReviewListed(Review review, PersonRef person, int workingDaysLeft) {

    public boolean overdue() {
        return review.scheduled() && workingDaysLeft < 0;
    }

    public int workingDaysOverdue() {
        return overdue() ? -workingDaysLeft : 0;
    }
}
