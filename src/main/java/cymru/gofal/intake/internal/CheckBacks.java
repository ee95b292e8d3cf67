package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/** One person turned aside, and the check-back with them (optimistically locked by the row's version). Audited. */
@Service
public class CheckBacks {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    CheckBacks(JdbcClient jdbc, People people, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The row and its person; 404 when not in the council or the person is not visible. */
    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public View view(long id) {
        TurnedAsideRow row = jdbc.sql(TurnedAsideRow.SELECT + " WHERE t.authority_id = :council AND t.id = :id")
                .param("council", ReferralService.council()).param("id", id).param("today", Dates.today(clock))
                .query(TurnedAsideRow::map).optional().orElseThrow(() -> new NotFoundException("No turned-aside row " + id));
        PersonRef person = people.find(row.personId()).orElseThrow(() -> new NotFoundException("No turned-aside row " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "turned_aside", id).aboutPerson(row.personId()));
        return new View(row, person);
    }

    /**
     * Records (or corrects) the check-back if the row is still at {@code expectedVersion}.
     *
     * @throws StaleVersionException when someone changed it since the caller read it
     */
    @PreAuthorize(IntakeAccess.WRITE)
    @Transactional
    public void record(long id, int expectedVersion, LocalDate on, String note) {
        View current = view(id);
        int changed = jdbc.sql("""
                UPDATE turned_aside SET checked_back_on = :on, check_back_note = :note, checked_back_by = :by, version = version + 1
                WHERE id = :id AND authority_id = :council AND version = :version""")
                .param("on", on).param("note", note).param("by", CurrentUser.username()).param("id", id)
                .param("council", ReferralService.council()).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException("Turned-aside row " + id + " is no longer at version " + expectedVersion);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "turned_aside", id).aboutPerson(current.row().personId()).because("check-back"));
    }

    public record View(TurnedAsideRow row, PersonRef person) {
    }
}
