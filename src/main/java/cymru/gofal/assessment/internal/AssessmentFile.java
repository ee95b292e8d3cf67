package cymru.gofal.assessment.internal;

import java.util.List;
import java.util.Map;

import cymru.gofal.people.PersonRef;

/**
 * Everything the assessment page shows, read (and audited) once: the assessment, its type and person, working days
 * left to its due date (negative once overdue), needs, risk tools, carers' offers with the carers the user may see.
 */
public record AssessmentFile(Assessment assessment, AssessmentType type, PersonRef person, int workingDaysLeft,
        List<NeedRow> needs, List<RiskRow> risks, List<OfferRow> offers, Map<Long, PersonRef> carers) {

    public boolean overdue() {
        return assessment.open() && workingDaysLeft < 0;
    }

    /** Working days since the due date while open and overdue (0 otherwise; may be 0 over a weekend). */
    public int workingDaysOverdue() {
        return overdue() ? -workingDaysLeft : 0;
    }
}
