package cymru.gofal.intake.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.NotFoundException;

/** A person's contacts and referrals, for the panel on their page; 404 when the person is not visible. Audited. */
@Service
public class PersonIntake {

    private final People people;
    private final ContactStore contacts;
    private final ReferralStore referrals;
    private final AuditLog audit;

    PersonIntake(People people, ContactStore contacts, ReferralStore referrals, AuditLog audit) {
        this.people = people;
        this.contacts = contacts;
        this.referrals = referrals;
        this.audit = audit;
    }

    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public History of(long personId) {
        PersonRef person = people.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        long council = ReferralService.council();
        List<ContactRow> c = contacts.ofPerson(council, person.id());
        List<ReferralRow> r = referrals.ofPerson(council, person.id());
        c.forEach(x -> audit.record(AuditEntry.of(AuditAction.READ, "contact", x.id()).aboutPerson(x.personId())));
        r.forEach(x -> audit.record(AuditEntry.of(AuditAction.READ, "referral", x.id()).aboutPerson(x.personId())));
        return new History(person, c, r);
    }

    public record History(PersonRef person, List<ContactRow> contacts, List<ReferralRow> referrals) {
    }
}
