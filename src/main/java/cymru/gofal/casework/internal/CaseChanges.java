package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.CaseClosed;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.workforce.Workforce;

/**
 * A manager's changes to an open case, each from the version the page or client read (optimistic locking): its
 * complexity and needs, a transfer to another team with a handover (the worker is unallocated: the new team allocates),
 * and closure with a reason and a summary, which publishes {@link CaseClosed} in the same transaction.
 */
@Service
public class CaseChanges {

    static final int TEXT_MAX = 8000;

    private final VisibleCases visible;
    private final CaseStore store;
    private final CaseReference reference;
    private final Workforce workforce;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CaseChanges(VisibleCases visible, CaseStore store, CaseReference reference, Workforce workforce, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.visible = visible;
        this.store = store;
        this.reference = reference;
        this.workforce = workforce;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the case's complexity and needs (needs of its service area). */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public void profile(long id, int version, String complexity, Collection<String> needs) {
        CaseRow c = visible.requireOpen(id, "complexity");
        List<FormError> errors = new ArrayList<>();
        CaseProfile p = CaseProfile.check(reference, c.serviceArea(), complexity, needs, errors);
        InvalidCase.throwIfAny(errors);
        store.update(id, version, CurrentUser.username(), Map.of("complexity", p.complexity()));
        store.replaceNeeds(id, p.needs());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_case", id).aboutPerson(c.personId())
                .because("complexity " + p.complexity() + ", needs " + String.join(" ", p.needs())));
    }

    /** Transfers the case to another of the council's teams with a handover; its worker is unallocated. */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public void transfer(long id, int version, String teamId, String handover) {
        CaseRow c = visible.requireOpen(id, "teamId");
        List<FormError> errors = new ArrayList<>();
        Long team = teamId != null && teamId.strip().matches("\\d{1,18}") ? Long.valueOf(teamId.strip()) : null;
        if (team == null || workforce.teams(c.authorityId()).stream().noneMatch(t -> t.id() == team)) {
            errors.add(new FormError("teamId", "casework.teamId.error.required"));
        } else if (team == c.teamId()) {
            errors.add(new FormError("teamId", "casework.teamId.error.same"));
        }
        String text = FormText.required("handover", handover, TEXT_MAX, "casework.handover.error", errors);
        InvalidCase.throwIfAny(errors);
        Map<String, Object> set = new HashMap<>();
        set.put("team_id", team);
        set.put("staff_id", null);
        store.update(id, version, CurrentUser.username(), set);
        store.insertTransfer(id, c.teamId(), team, c.staffId(), Dates.today(clock), text, clock.instant(), CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_case", id).aboutPerson(c.personId())
                .because("transferred from team " + c.teamId() + " to team " + team));
    }

    /** Closes the case with a reason and a summary, on {@code closedOn} (today when blank; not before it opened, not in the future). */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public void close(long id, int version, String reason, String summary, String closedOn) {
        CaseRow c = visible.requireOpen(id, "reason");
        List<FormError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (reference.closureReasons().stream().noneMatch(r -> r.code().equals(why))) {
            errors.add(new FormError("reason", "casework.closureReason.error.required"));
        }
        String text = FormText.required("summary", summary, TEXT_MAX, "casework.summary.error", errors);
        LocalDate today = Dates.today(clock);
        LocalDate on = closedOn == null || closedOn.isBlank() ? today : FormDates.parse("closedOn", closedOn, true,
                "casework.closedOn.error", EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR, errors);
        if (on != null && on.isAfter(today)) {
            errors.add(new FormError("closedOn", "casework.closedOn.error.future"));
        } else if (on != null && on.isBefore(c.openedOn())) {
            errors.add(new FormError("closedOn", "casework.closedOn.error.beforeOpened"));
        }
        InvalidCase.throwIfAny(errors);
        String by = CurrentUser.username();
        Map<String, Object> set = new HashMap<>();
        set.put("closed_on", on);
        set.put("closure_reason", why);
        set.put("closure_summary", text);
        set.put("closed_by", by);
        store.update(id, version, by, set);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_case", id).aboutPerson(c.personId()).because("closed: " + why));
        events.publishEvent(new CaseClosed(c.authorityId(), id, c.personId(), on, why, by));
    }
}
