package cymru.gofal.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cymru.gofal.intake.ReferralAccepted;

/**
 * Opens the assessment when intake accepts a referral: synchronously, in the decision's own transaction, so a
 * decision never exists without its assessment (and a failure here rolls the decision back).
 */
@Component
class ReferralAcceptedListener {

    private final Opening opening;

    ReferralAcceptedListener(Opening opening) {
        this.opening = opening;
    }

    @EventListener
    void on(ReferralAccepted event) {
        opening.fromReferral(event);
    }
}
