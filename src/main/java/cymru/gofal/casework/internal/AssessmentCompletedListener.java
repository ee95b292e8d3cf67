package cymru.gofal.casework.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cymru.gofal.assessment.AssessmentCompleted;

/**
 * Opens the case an eligible assessment calls for: synchronously, in the completion's own transaction, so a person found
 * eligible is never left without a case (and a failure here rolls the completion back).
 */
@Component
class AssessmentCompletedListener {

    private final CaseOpening opening;

    AssessmentCompletedListener(CaseOpening opening) {
        this.opening = opening;
    }

    @EventListener
    void on(AssessmentCompleted event) {
        opening.fromAssessment(event);
    }
}
