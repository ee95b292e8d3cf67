package cymru.gofal.intake.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.intake.TurnedAside;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Contacts: recorded with what came of them in one transaction (a referral, or a turning aside with its check-back),
 * read only about people the user may see (404 otherwise). Every read and write is audited about the person.
 */
@Service
public class ContactService {

    private final ContactStore store;
    private final ReferralService referrals;
    private final TurnedAsideStore turnedAside;
    private final ReferenceLists lists;
    private final People people;
    private final AuditLog audit;

    ContactService(ContactStore store, ReferralService referrals, TurnedAsideStore turnedAside, ReferenceLists lists, People people,
            AuditLog audit) {
        this.store = store;
        this.referrals = referrals;
        this.turnedAside = turnedAside;
        this.lists = lists;
        this.people = people;
        this.audit = audit;
    }

    /** Records a checked contact; answers its id and the referral it made (null when none). */
    @PreAuthorize(IntakeAccess.WRITE)
    @Transactional
    public Recorded record(NewContact c) {
        long id = store.insert(c, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "contact", id).aboutPerson(c.personId()));
        Long referralId = null;
        if (c.referral() != null) {
            referralId = referrals.create(c.referral(), id);
        } else if (lists.turnsAside(c.outcome())) {
            turnedAside.record(new TurnedAside(c.authorityId(), c.personId(), "CONTACT", id, c.outcome(), c.outcomeReason(),
                    c.signpostedTo(), c.receivedOn()), c.teamId());
        }
        return new Recorded(id, referralId);
    }

    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public ContactView view(long id) {
        ContactRow row = store.find(ReferralService.council(), id).orElseThrow(() -> new NotFoundException("No contact " + id));
        PersonRef person = people.find(row.personId()).orElseThrow(() -> new NotFoundException("No contact " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "contact", id).aboutPerson(row.personId()));
        return new ContactView(row, person);
    }

    /** The latest contacts recorded by the user's teams, about people they may see; each audited READ. */
    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public List<ContactRow> recentOfTeams(List<Long> teams, int limit) {
        if (teams.isEmpty()) {
            return List.of();
        }
        List<ContactRow> rows = store.recentOfTeams(ReferralService.council(), teams, people.visibility(), limit);
        rows.forEach(r -> audit.record(AuditEntry.of(AuditAction.READ, "contact", r.id()).aboutPerson(r.personId())));
        return rows;
    }

    /** The id of a recorded contact and of the referral it made, if any. */
    public record Recorded(long contactId, Long referralId) {
    }

    /** A contact with the person it is about. */
    public record ContactView(ContactRow contact, PersonRef person) {
    }
}
