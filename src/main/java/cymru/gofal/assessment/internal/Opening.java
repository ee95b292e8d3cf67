package cymru.gofal.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.intake.ReferralAccepted;
import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.Workforce;

/**
 * Opens assessments: for an accepted referral (the type the regime gives the route, clock from the day the referral
 * was received), started directly (a type the council's regime offers), and a carer's assessment when a carer
 * accepts the offer. The due date is computed once, here, by the rule engine on the council's calendar.
 */
@Service
public class Opening {

    private final AssessmentTypes types;
    private final AssessmentStore store;
    private final People people;
    private final Workforce workforce;
    private final AuditLog audit;
    private final Clock clock;

    Opening(AssessmentTypes types, AssessmentStore store, People people, Workforce workforce, AuditLog audit, Clock clock) {
        this.types = types;
        this.store = store;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment for an accepted referral, unallocated, in the referral's team; idempotent per referral. */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public long fromReferral(ReferralAccepted e) {
        var existing = store.byReferral(e.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String regime = types.regimeOf(e.authorityId());
        AssessmentType type = types.openedBy(regime, e.route())
                .orElseThrow(() -> new IllegalStateException("No assessment type opens for route " + e.route() + " in " + regime));
        LocalDate due = types.dueDate(e.authorityId(), type, e.receivedOn());
        long id = store.insert(e.authorityId(), e.personId(), type, e.referralId(), null, e.teamId(), null, e.receivedOn(), due,
                null, CurrentUser.username(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "assessment", id).aboutPerson(e.personId()));
        return id;
    }

    /**
     * Starts an assessment directly. The clock starts on {@code clockStart} (the referral's day for types counted from
     * referral, else the day it starts). Allocated to the starter when they are a member of staff of the team.
     *
     * @throws InvalidInput naming each bad field; nothing is written
     */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public long start(long personId, String typeCode, String teamId, String clockStart, Long followsId) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        List<FormError> errors = new ArrayList<>();
        if (people.find(personId).isEmpty()) {
            throw new cymru.gofal.platform.web.NotFoundException("No person " + personId);
        }
        AssessmentType type = types.offered(authority).stream().filter(t -> t.code().equals(typeCode)).findFirst().orElse(null);
        if (type == null) {
            errors.add(new FormError("type", "assessment.type.error.required"));
        }
        Long team = teamId != null && teamId.matches("\\d{1,18}") ? Long.valueOf(teamId) : null;
        if (team == null || workforce.teams(authority).stream().noneMatch(t -> t.id() == team)) {
            errors.add(new FormError("teamId", "assessment.team.error.required"));
        }
        LocalDate today = today();
        LocalDate start = FormDates.parse("clockStart", clockStart, true, "assessment.clockStart.error",
                EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR - 1, errors);
        if (start != null && start.isAfter(today)) {
            errors.add(new FormError("clockStart", "assessment.clockStart.error.future"));
        }
        Assessment follows = followsId == null ? null : store.find(authority, followsId)
                .filter(f -> f.personId() == personId).orElse(null);
        if (followsId != null && follows == null) {
            errors.add(new FormError("type", "assessment.follows.error"));
        }
        InvalidInput.throwIfAny(errors);
        Long staff = workforce.staffByUsername(authority, CurrentUser.username())
                .filter(s -> s.teamId() == team && s.inPost(today) && s.holdsCases()).map(s -> s.id()).orElse(null);
        LocalDate startedOn = "REFERRAL_RECEIVED".equals(type.clockStart()) ? today : start;
        // A follow-on assessment points at the one it follows; the referral stays with the assessment it opened (one each).
        long id = store.insert(authority, personId, type, null, followsId, team, staff,
                start, types.dueDate(authority, type, start), startedOn, CurrentUser.username(), clock.instant());
        if (staff != null) {
            store.recordAllocation(id, staff, null, null, CurrentUser.username(), clock.instant());
        }
        audit.record(AuditEntry.of(AuditAction.CREATE, "assessment", id).aboutPerson(personId));
        return id;
    }

    /** A carer's assessment for a carer who accepted the offer on {@code acceptedOn}: day 0 of its clock. */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public long forCarer(long authorityId, long carerId, long teamId, LocalDate acceptedOn) {
        AssessmentType type = types.carerType(types.regimeOf(authorityId))
                .orElseThrow(() -> new IllegalStateException("The regime has no carer's assessment type"));
        long id = store.insert(authorityId, carerId, type, null, null, teamId, null, acceptedOn,
                types.dueDate(authorityId, type, acceptedOn), acceptedOn, CurrentUser.username(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "assessment", id).aboutPerson(carerId));
        return id;
    }

    LocalDate today() {
        return Dates.today(clock);
    }
}
