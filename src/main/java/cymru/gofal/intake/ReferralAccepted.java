package cymru.gofal.intake;

import java.time.LocalDate;

/**
 * A referral was screened in for assessment. Published inside the transaction that records the decision, and
 * handled synchronously by the assessment module (which opens the assessment in that same transaction), so a
 * decision never exists without its assessment.
 *
 * @param route       ADULTS or CHILDREN
 * @param receivedOn  the day the referral was received, in Wales: day 0 of the assessment clocks that start
 *                    at REFERRAL_RECEIVED
 * @param teamId      the team asked to assess
 * @param priority    the referral's priority code (reference list referral_priority)
 * @param decidedBy   username of the person who made the decision
 */
public record ReferralAccepted(long authorityId, long referralId, long personId, String route, LocalDate receivedOn,
        long teamId, String priority, String decidedBy) {
}
