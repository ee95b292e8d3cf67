package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.AssessmentCompleted;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.Workforce;

/**
 * Opening cases: from a completed assessment with an eligible need (in the completion's transaction), and by a manager
 * for a person from one of their completed assessments or accepted referrals ({@link CaseSources}). A person has at most
 * one open case in a service area: a second opening finds the first.
 */
@Service
public class CaseOpening {

    /** The complexity a case opened from an assessment starts at, until a manager judges it. */
    static final String OPENING_COMPLEXITY = "MEDIUM";
    /** The need a case of a Welsh speaker (preferred language cy) starts with: case_need_type.requires_welsh. */
    static final String WELSH_NEED = "WELSH_LANGUAGE";
    /** The need a case opened from a carer's assessment starts with. */
    static final String CARER_NEED = "CARER_SUPPORT";

    private final CaseStore store;
    private final CaseReference reference;
    private final CaseSources sources;
    private final CaseAllocations allocations;
    private final People people;
    private final Workforce workforce;
    private final AuditLog audit;
    private final Clock clock;

    CaseOpening(CaseStore store, CaseReference reference, CaseSources sources, CaseAllocations allocations, People people,
            Workforce workforce, AuditLog audit, Clock clock) {
        this.store = store;
        this.reference = reference;
        this.sources = sources;
        this.allocations = allocations;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the case an assessment with an eligible need calls for, unless the person already has an open case in the
     * service area: the assessment's team, complexity {@value #OPENING_COMPLEXITY}, allocated to the assessing worker only
     * when they fit it and hold cases. Runs in the completion's transaction (a failure here rolls the completion back).
     */
    @Transactional
    public void fromAssessment(AssessmentCompleted e) {
        if (!e.anyEligible() || store.openOf(e.authorityId(), e.personId(), e.serviceArea()).isPresent()) {
            return;
        }
        Set<String> needs = new LinkedHashSet<>();
        if ("CARER".equals(e.clientGroup())) {
            needs.add(CARER_NEED);
        }
        people.find(e.personId()).filter(p -> "cy".equals(p.preferredLanguage())).ifPresent(p -> needs.add(WELSH_NEED));
        var opened = insert(new CaseStore.NewCase(e.authorityId(), e.personId(), e.serviceArea(), e.teamId(), OPENING_COMPLEXITY,
                e.completedOn(), "ASSESSMENT", e.referralId(), e.assessmentId()), needs, e.completedBy(), "assessment " + e.assessmentId());
        if (opened != null && e.staffId() != null) {
            allocations.allocateIfFits(opened, e.staffId(), e.completedBy());
        }
    }

    /**
     * A manager opens a case for a person from one of their sources ({@code ASSESSMENT:<id>} or {@code REFERRAL:<id>}),
     * in one of the council's teams, with a complexity and needs of the person's service area (children's under 18).
     *
     * @throws InvalidCase naming each problem; CaseConflict when the person already has an open case in the service area
     */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public long open(long personId, String source, String teamId, String complexity, Collection<String> needCodes) {
        PersonRef person = people.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        long authority = CurrentUser.get().orElseThrow().authorityId();
        LocalDate today = Dates.today(clock);
        String area = person.childOn(today) ? "CHILDREN" : "ADULTS";
        List<FormError> errors = new ArrayList<>();
        CaseSources.Source from = sources.of(personId).stream().filter(s -> s.value().equals(source)).findFirst().orElse(null);
        if (from == null) {
            errors.add(new FormError("source", "casework.source.error.required"));
        }
        Long team = teamId != null && teamId.strip().matches("\\d{1,18}") ? Long.valueOf(teamId.strip()) : null;
        if (team == null || workforce.teams(authority).stream().noneMatch(t -> t.id() == team)) {
            errors.add(new FormError("teamId", "casework.teamId.error.required"));
        }
        CaseProfile profile = CaseProfile.check(reference, area, complexity, needCodes, errors);
        InvalidCase.throwIfAny(errors);
        if (store.openOf(authority, personId, area).isPresent()) {
            throw new CaseConflict("source", "casework.error.alreadyOpen");
        }
        CaseRow c = insert(new CaseStore.NewCase(authority, personId, area, team, profile.complexity(), today, from.kind(),
                from.referralId(), from.assessmentId()), profile.needs(), CurrentUser.username(), "opened by hand from " + source);
        if (c == null) {
            throw new CaseConflict("source", "casework.error.alreadyOpen");
        }
        return c.id();
    }

    /** Inserts the case and its needs and audits it; null when an open case in the service area won the race. */
    private CaseRow insert(CaseStore.NewCase n, Collection<String> needs, String by, String why) {
        Long id = store.insert(n, by).orElse(null);
        if (id == null) {
            return null;
        }
        store.replaceNeeds(id, needs);
        audit.record(AuditEntry.of(AuditAction.CREATE, "care_case", id).aboutPerson(n.personId()).because(why));
        return store.openOf(n.authorityId(), n.personId(), n.serviceArea()).orElseThrow();
    }
}
