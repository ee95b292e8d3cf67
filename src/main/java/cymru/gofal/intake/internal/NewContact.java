package cymru.gofal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A checked contact, ready to record. {@code referral} is set exactly when the outcome makes a referral;
 * {@code teamId} is the recording worker's team (null when they are not posted to one).
 */
public record NewContact(long authorityId, long personId, String party, String partyName, String partyOrganisation,
        String partyPhone, String method, Instant receivedAt, LocalDate receivedOn, String reason, String route,
        String whatMatters, String outcome, String outcomeReason, String signpostedTo, Long teamId, NewReferral referral) {
}
