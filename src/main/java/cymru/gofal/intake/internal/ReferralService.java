package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.intake.ReferralAccepted;
import cymru.gofal.intake.TurnedAside;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Referrals: recorded with their due dates and re-referral flag fixed at receipt, read only about people the user
 * may see (404 otherwise), and screened once. A decision to assess publishes {@link ReferralAccepted} inside its
 * transaction (the assessment module opens the assessment in it); a decision that turns the person aside records
 * them in {@code turned_aside}. Every read and write is audited about the person.
 */
@Service
public class ReferralService {

    private final ReferralStore store;
    private final DueDates dueDates;
    private final People people;
    private final TurnedAsideStore turnedAside;
    private final ReferenceLists lists;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ReferralService(ReferralStore store, DueDates dueDates, People people, TurnedAsideStore turnedAside, ReferenceLists lists,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.store = store;
        this.dueDates = dueDates;
        this.people = people;
        this.turnedAside = turnedAside;
        this.lists = lists;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a checked referral (from a contact when {@code contactId} is set); answers its id. */
    @PreAuthorize(IntakeAccess.WRITE)
    @Transactional
    public long create(NewReferral r, Long contactId) {
        DueDates.Dues dues = dueDates.of(r.authorityId(), r.route(), r.priority(), r.receivedOn());
        Long previous = store.previousWithinWindow(r.authorityId(), r.personId(), r.receivedAt(), r.receivedOn()).orElse(null);
        long id = store.insert(r, contactId, dues, previous, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "referral", id).aboutPerson(r.personId()));
        return id;
    }

    /** The referral and its person; 404 when there is none in the council or the person is not visible. Audited READ. */
    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public ReferralView view(long id) {
        ReferralRow row = store.find(council(), id).orElseThrow(() -> new NotFoundException("No referral " + id));
        PersonRef person = people.find(row.personId()).orElseThrow(() -> new NotFoundException("No referral " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "referral", id).aboutPerson(row.personId()));
        return new ReferralView(row, person);
    }

    /**
     * Screens the referral, if it is still undecided at {@code expectedVersion}.
     *
     * @throws AlreadyDecidedException when it has been decided (by anyone, at any version)
     * @throws StaleVersionException   when it changed since the caller read it
     */
    @PreAuthorize(IntakeAccess.WRITE)
    @Transactional
    public ReferralRow decide(long id, int expectedVersion, Decision d) {
        long council = council();
        ReferralRow row = store.lock(council, id).orElseThrow(() -> new NotFoundException("No referral " + id));
        people.find(row.personId()).orElseThrow(() -> new NotFoundException("No referral " + id));
        if (row.decided()) {
            throw new AlreadyDecidedException(id);
        }
        if (row.version() != expectedVersion || store.decide(id, expectedVersion, d, clock.instant(), today(clock.instant()), CurrentUser.username()) == 0) {
            throw new StaleVersionException("Referral " + id + " is no longer at version " + expectedVersion);
        }
        ReferralRow decided = store.find(council, id).orElseThrow();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "referral", id).aboutPerson(row.personId()).because("decision " + d.outcome()));
        if ("ASSESSMENT".equals(d.outcome())) {
            events.publishEvent(new ReferralAccepted(council, id, row.personId(), row.route(), row.receivedOn(), d.assessmentTeamId(),
                    row.priority(), CurrentUser.username()));
        } else if (lists.turnsAside(d.outcome())) {
            turnedAside.record(new TurnedAside(council, row.personId(), "REFERRAL", id, d.outcome(), d.reason(), d.signpostedTo(),
                    decided.decidedOn()), row.screeningTeamId());
        }
        return decided;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Dates.LONDON);
    }

    static long council() {
        return CurrentUser.get().orElseThrow().authorityId();
    }

    /** A referral with the person it is about. */
    public record ReferralView(ReferralRow referral, PersonRef person) {
    }

    /** The referral has a decision already: it is made once. */
    public static class AlreadyDecidedException extends RuntimeException {
        public AlreadyDecidedException(long id) {
            super("Referral " + id + " has been decided");
        }
    }
}
