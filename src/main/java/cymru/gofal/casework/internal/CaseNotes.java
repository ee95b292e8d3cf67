package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Case notes on open cases: typed, when it happened (day, and time if given, in Europe/London; not in the future), the
 * text and whether it is significant (then it is in the chronology). Never edited in place: a correction is a new note
 * that supersedes the current version, with a reason; the old one is kept and shown. Only the current version of a
 * note can be corrected, so two people correcting one note cannot both succeed: the second is told.
 */
@Service
public class CaseNotes {

    static final int BODY_MAX = 20000;
    static final int REASON_MAX = 2000;

    /** A note as a form or the API gives it. */
    public record NoteInput(String type, String occurredOn, String occurredTime, String body, boolean significant) {
    }

    private final VisibleCases visible;
    private final CaseStore store;
    private final CaseReference reference;
    private final AuditLog audit;
    private final Clock clock;

    CaseNotes(VisibleCases visible, CaseStore store, CaseReference reference, AuditLog audit, Clock clock) {
        this.visible = visible;
        this.store = store;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(CaseAccess.WRITE)
    @Transactional
    public long add(long caseId, NoteInput input) {
        CaseRow c = visible.requireOpen(caseId, "noteType");
        List<FormError> errors = new ArrayList<>();
        Checked n = check(input, errors);
        InvalidCase.throwIfAny(errors);
        long id = store.insertNote(c.authorityId(), caseId, n.type(), n.occurredAt(), n.body(), input.significant(), null, null,
                clock.instant(), CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "case_note", id).aboutPerson(c.personId()));
        return id;
    }

    /** Corrects the current version of note {@code noteId} of the case; answers the new version's id. */
    @PreAuthorize(CaseAccess.WRITE)
    @Transactional
    public long correct(long caseId, long noteId, NoteInput input, String reason) {
        CaseRow c = visible.requireOpen(caseId, "body");
        CaseHistory.Note old = store.notes(caseId).stream().filter(x -> x.id() == noteId).findFirst()
                .orElseThrow(() -> new NotFoundException("No note " + noteId + " on case " + caseId));
        if (store.superseded(noteId)) {
            throw new CaseConflict("body", "casework.error.noteCorrected");
        }
        List<FormError> errors = new ArrayList<>();
        Checked n = check(input, errors);
        String why = FormText.required("correctionReason", reason, REASON_MAX, "casework.correctionReason.error", errors);
        InvalidCase.throwIfAny(errors);
        long id;
        try {
            id = store.insertNote(c.authorityId(), caseId, n.type(), n.occurredAt(), n.body(), input.significant(), old.id(), why,
                    clock.instant(), CurrentUser.username());
        } catch (DuplicateKeyException e) {
            throw new CaseConflict("body", "casework.error.noteCorrected");
        }
        audit.record(AuditEntry.of(AuditAction.CREATE, "case_note", id).aboutPerson(c.personId()).because("corrects note " + noteId));
        return id;
    }

    private record Checked(String type, Instant occurredAt, String body) {
    }

    private Checked check(NoteInput input, List<FormError> errors) {
        String type = input.type() == null ? "" : input.type().strip();
        if (reference.noteTypes().stream().noneMatch(t -> t.code().equals(type))) {
            errors.add(new FormError("noteType", "casework.noteType.error.required"));
        }
        LocalDate day = FormDates.parse("occurredOn", input.occurredOn(), true, "casework.occurredOn.error",
                EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR, errors);
        LocalTime time = LocalTime.NOON;
        String t = input.occurredTime() == null ? "" : input.occurredTime().strip();
        if (!t.isEmpty()) {
            try {
                time = t.matches("\\d{1,2}:\\d{2}") ? LocalTime.parse(t.length() == 4 ? "0" + t : t) : null;
            } catch (DateTimeParseException e) {
                time = null;
            }
            if (time == null) {
                errors.add(new FormError("occurredTime", "casework.occurredTime.error"));
            }
        }
        Instant at = day == null || time == null ? null : day.atTime(time).atZone(Dates.LONDON).toInstant();
        if (at != null && day.isAfter(Dates.today(clock))) {
            errors.add(new FormError("occurredOn", "casework.occurredOn.error.future"));
        }
        String body = FormText.required("body", input.body(), BODY_MAX, "casework.body.error", errors);
        return new Checked(type, at, body);
    }
}
