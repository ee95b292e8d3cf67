package cymru.gofal.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import static cymru.gofal.platform.calendar.EnglandAndWalesHolidays.FIRST_YEAR;
import static cymru.gofal.platform.calendar.EnglandAndWalesHolidays.LAST_YEAR;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.Workforce;

/**
 * Changes to an assessment: allocation by a manager (reallocation needs a reason), the child seen record, and
 * a manager's sign-off after completion. Every change names the version it was made from (optimistic locking).
 * Completion is in {@link Completion}.
 */
@Service
public class Commands {

    private final Visible visible;
    private final AssessmentStore store;
    private final Workforce workforce;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    Commands(Visible visible, AssessmentStore store, Workforce workforce, People people, AuditLog audit, Clock clock) {
        this.visible = visible;
        this.store = store;
        this.workforce = workforce;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The staff an assessment may be allocated to: in post in its team today, in a role that holds cases, and allowed to see its person (for a
     * restricted person, those on the access list by name or team), so that nobody is handed work they cannot open.
     */
    @PreAuthorize(Access.MANAGE)
    @Transactional
    public List<StaffRef> allocatable(Assessment a) {
        LocalDate today = today();
        return workforce.staffOfTeam(a.authorityId(), a.teamId()).stream().filter(s -> s.inPost(today) && s.holdsCases() && maySee(a, s))
                .toList();
    }

    /** Allocates an open assessment to a member of staff of its team who may see its person; a reallocation needs a reason. */
    @PreAuthorize(Access.MANAGE)
    @Transactional
    public void allocate(long id, int version, String staffId, String reason) {
        Assessment a = visible.require(id);
        if (!a.open()) {
            throw InvalidInput.of("staffId", "assessment.error.alreadyCompleted");
        }
        List<FormError> errors = new ArrayList<>();
        LocalDate today = today();
        StaffRef staff = workforce.staffOfTeam(a.authorityId(), a.teamId()).stream()
                .filter(s -> String.valueOf(s.id()).equals(staffId) && s.inPost(today) && s.holdsCases()).findFirst().orElse(null);
        if (staff == null) {
            errors.add(new FormError("staffId", "assessment.staff.error.required"));
        } else if (!maySee(a, staff)) {
            errors.add(new FormError("staffId", "assessment.staff.error.restricted", staff.displayName()));
        } else if (a.staffId() != null && a.staffId() == staff.id()) {
            errors.add(new FormError("staffId", "assessment.staff.error.same"));
        }
        String why = a.staffId() == null ? FormText.optional("reason", reason, 500, "assessment.reason.error", errors)
                : FormText.required("reason", reason, 500, "assessment.reason.error", errors);
        InvalidInput.throwIfAny(errors);
        var now = clock.instant();
        Map<String, Object> set = new HashMap<>();
        set.put("staff_id", staff.id());
        set.put("allocated_at", now);
        set.put("allocated_by", CurrentUser.username());
        set.put("status", Assessment.ALLOCATED);
        set.put("started_on", a.startedOn() == null ? today : a.startedOn());
        store.update(id, version, CurrentUser.username(), set);
        store.recordAllocation(id, staff.id(), a.staffId(), why, CurrentUser.username(), now);
        AuditEntry entry = AuditEntry.of(AuditAction.UPDATE, "assessment", id).aboutPerson(a.personId());
        audit.record(why == null ? entry : entry.because(why));
    }

    /** Records whether the child was seen (the day, and whether alone) or why not. Children's assessments only. */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public void childSeen(long id, int version, String seen, String seenOn, String alone, String reason) {
        Assessment a = visible.require(id);
        if (!visible.type(a).forChild()) {
            throw InvalidInput.of("childSeen", "assessment.childSeen.error.notChild");
        }
        if (!a.open()) {
            throw InvalidInput.of("childSeen", "assessment.error.alreadyCompleted");
        }
        List<FormError> errors = new ArrayList<>();
        Boolean isSeen = yesNo(seen);
        LocalDate on = Boolean.TRUE.equals(isSeen) ? FormDates.parse("childSeenOn", seenOn, false,
                "assessment.childSeenOn.error", FIRST_YEAR, LAST_YEAR, errors) : null;
        Boolean isAlone = Boolean.TRUE.equals(isSeen) ? yesNo(alone) : null;
        String why = Boolean.FALSE.equals(isSeen) ? FormText.optional("childNotSeenReason", reason, 2000,
                "assessment.childNotSeenReason.error", errors) : null;
        if (errors.isEmpty()) {
            errors.addAll(CompletionRules.childSeen(isSeen, on, isAlone, why, a.clockStart(), today()));
        }
        InvalidInput.throwIfAny(errors);
        Map<String, Object> set = new HashMap<>();
        set.put("child_seen", isSeen);
        set.put("child_seen_on", on);
        set.put("child_seen_alone", isAlone);
        set.put("child_not_seen_reason", why);
        store.update(id, version, CurrentUser.username(), set);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "assessment", id).aboutPerson(a.personId()));
    }

    /** A manager signs off a completed assessment. */
    @PreAuthorize(Access.MANAGE)
    @Transactional
    public void signOff(long id, int version) {
        Assessment a = visible.require(id);
        if (!Assessment.COMPLETED.equals(a.status())) {
            throw InvalidInput.of("signOff", a.open() ? "assessment.signOff.error.notCompleted" : "assessment.signOff.error.already");
        }
        Map<String, Object> set = new HashMap<>();
        set.put("status", Assessment.SIGNED_OFF);
        set.put("signed_off_at", clock.instant());
        set.put("signed_off_by", CurrentUser.username());
        set.put("signed_off_role", CurrentUser.get().orElseThrow().role().name());
        store.update(id, version, CurrentUser.username(), set);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "assessment", id).aboutPerson(a.personId()).because("signed off"));
    }

    private boolean maySee(Assessment a, StaffRef s) {
        return people.mayBeSeenBy(a.personId(), s.username(), List.of(s.teamId()));
    }

    /** "yes"/"true" and "no"/"false" (pages and API); anything else is no answer. */
    static Boolean yesNo(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    LocalDate today() {
        return Dates.today(clock);
    }
}
