package cymru.gofal.assessment.internal;

import cymru.gofal.people.PersonRef;

/** An assessment in a list, with its type, person and working days left (negative once overdue). */
public record Listed(Assessment assessment, AssessmentType type, PersonRef person, int workingDaysLeft) {

    public boolean overdue() {
        return assessment.open() && workingDaysLeft < 0;
    }

    /** Working days since the due date while open and overdue (0 otherwise; may be 0 over a weekend). */
    public int workingDaysOverdue() {
        return overdue() ? -workingDaysLeft : 0;
    }
}
