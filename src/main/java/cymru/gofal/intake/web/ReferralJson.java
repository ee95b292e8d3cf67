package cymru.gofal.intake.web;

import java.time.Instant;
import java.time.LocalDate;

import cymru.gofal.intake.internal.ReferralRow;

/**
 * A referral as the API answers it: due dates fixed at receipt from the rule engine, the re-referral flag, and the
 * decision (null while awaiting screening) with whether it was made by its due day.
 */
record ReferralJson(long id, long personId, Long contactId, String source, String sourceDetail, String route, String priority,
        boolean safeguarding, String reason, Instant receivedAt, LocalDate receivedOn, long screeningTeamId, String responseRule,
        LocalDate responseDue, String decisionRule, LocalDate decisionDue, boolean reReferral, Long previousReferralId,
        DecisionJson decision, int version) {

    record DecisionJson(String outcome, String reason, Long assessmentTeamId, String signpostedTo, Instant decidedAt,
            LocalDate decidedOn, String decidedBy, boolean inTime) {
    }

    static ReferralJson of(ReferralRow r) {
        DecisionJson d = r.decided() ? new DecisionJson(r.outcome(), r.decisionReason(), r.assessmentTeamId(), r.signpostedTo(),
                r.decidedAt(), r.decidedOn(), r.decidedBy(), r.decidedInTime()) : null;
        return new ReferralJson(r.id(), r.personId(), r.contactId(), r.source(), r.sourceDetail(), r.route(), r.priority(),
                r.safeguarding(), r.reason(), r.receivedAt(), r.receivedOn(), r.screeningTeamId(), r.responseRule(), r.responseDue(),
                r.decisionRule(), r.decisionDue(), r.reReferral(), r.previousReferralId(), d, r.version());
    }
}
