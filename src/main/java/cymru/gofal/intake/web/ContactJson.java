package cymru.gofal.intake.web;

import java.time.Instant;
import java.time.LocalDate;

import cymru.gofal.intake.internal.ContactRow;

/** A contact as the API answers it; codes are those of the reference lists (contact_party, contact_method, ...). */
record ContactJson(long id, long personId, String party, String partyName, String partyOrganisation, String partyPhone, String method,
        Instant receivedAt, LocalDate receivedOn, String reason, String route, String whatMatters, String outcome, String outcomeReason,
        String signpostedTo, Long teamId, String recordedBy, Long referralId) {

    static ContactJson of(ContactRow c) {
        return new ContactJson(c.id(), c.personId(), c.party(), c.partyName(), c.partyOrganisation(), c.partyPhone(), c.method(),
                c.receivedAt(), c.receivedOn(), c.reason(), c.route(), c.whatMatters(), c.outcome(), c.outcomeReason(), c.signpostedTo(),
                c.teamId(), c.recordedBy(), c.referralId());
    }
}
