package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.CaseFit;
import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.workforce.StaffProfile;
import cymru.gofal.workforce.Workforce;

/**
 * Allocating a case by skills: the staff of the case's team who hold cases, are in post and may see its person, each
 * judged by {@link CaseFit} against the case's complexity and needs, best fit first. A worker who does not fit may be
 * chosen only with an override reason, recorded with the misfit codes; a reallocation needs a reason.
 */
@Service
public class CaseAllocations {

    static final int REASON_MAX = 2000;

    /** A member of staff the case may go to, with how they fit it. */
    public record Candidate(StaffProfile staff, CaseFit.Result fit) {
    }

    private final VisibleCases visible;
    private final CaseStore store;
    private final CaseReference reference;
    private final CaseLoads loads;
    private final Workforce workforce;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    CaseAllocations(VisibleCases visible, CaseStore store, CaseReference reference, CaseLoads loads, Workforce workforce, People people,
            AuditLog audit, Clock clock) {
        this.visible = visible;
        this.store = store;
        this.reference = reference;
        this.loads = loads;
        this.workforce = workforce;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The staff the case may be allocated to, best fit first. */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public List<Candidate> candidates(CaseRow c) {
        LocalDate today = Dates.today(clock);
        List<StaffProfile> staff = workforce.profilesOfTeam(c.authorityId(), c.teamId()).stream()
                .filter(s -> s.holdsCases() && s.inPost(today) && maySee(c, s)).toList();
        return judge(c, staff, today);
    }

    /** How each of these members of staff fits the case, best first. */
    List<Candidate> judge(CaseRow c, List<StaffProfile> staff, LocalDate today) {
        CaseFit.Complexity complexity = reference.complexity(c.complexity()).orElseThrow().rule();
        List<CaseFit.Need> needs = reference.needTypes(store.needCodes(c.id())).stream().map(CaseReference.NeedType::rule).toList();
        Map<Long, CaseLoads.Load> current = loads.of(c.authorityId(), staff.stream().map(StaffProfile::id).toList(), c.id(),
                people.visibility());
        List<Candidate> candidates = new ArrayList<>();
        for (StaffProfile s : staff) {
            int load = current.getOrDefault(s.id(), CaseLoads.Load.none(s.id())).weight();
            CaseFit.Worker worker = new CaseFit.Worker(s.id(), s.skills(), s.qualifiedSocialWork(), s.scwRegistered(), s.qualifiedOn(),
                    s.welshLevel(), s.caseloadCapacity(), load);
            candidates.add(new Candidate(s, CaseFit.assess(complexity, needs, worker, today)));
        }
        candidates.sort(Comparator.comparing(Candidate::fit, CaseFit.BEST_FIRST));
        return candidates;
    }

    /**
     * Allocates the open case from {@code version} to one of its {@link #candidates}. One who does not fit needs
     * {@code overrideReason}; a reallocation needs {@code reason}.
     */
    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public void allocate(long id, int version, String staffId, String overrideReason, String reason) {
        CaseRow c = visible.requireOpen(id, "staffId");
        List<FormError> errors = new ArrayList<>();
        Optional<Candidate> chosen = candidates(c).stream().filter(k -> String.valueOf(k.staff().id()).equals(staffId)).findFirst();
        if (chosen.isEmpty()) {
            errors.add(new FormError("staffId", "casework.staffId.error.required"));
        } else if (c.staffId() != null && c.staffId() == chosen.get().staff().id()) {
            errors.add(new FormError("staffId", "casework.staffId.error.same"));
        }
        boolean misfit = chosen.isPresent() && !chosen.get().fit().fits();
        String override = misfit ? FormText.required("overrideReason", overrideReason, REASON_MAX, "casework.overrideReason.error", errors)
                : null;
        String why = c.staffId() == null ? FormText.optional("reason", reason, REASON_MAX, "casework.reason.error", errors)
                : FormText.required("reason", reason, REASON_MAX, "casework.reason.error", errors);
        InvalidCase.throwIfAny(errors);
        record(c, version, chosen.get(), override, why, CurrentUser.username());
    }

    /**
     * On opening from an assessment: allocates the new case to the assessing worker when they hold cases, are in post,
     * may see the person and fit it; answers whether it did.
     */
    boolean allocateIfFits(CaseRow c, long staffId, String by) {
        LocalDate today = Dates.today(clock);
        List<StaffProfile> staff = workforce.profiles(c.authorityId(), List.of(staffId)).stream()
                .filter(s -> s.holdsCases() && s.inPost(today) && maySee(c, s)).toList();
        Optional<Candidate> fitting = judge(c, staff, today).stream().filter(k -> k.fit().fits()).findFirst();
        fitting.ifPresent(k -> record(c, c.version(), k, null, null, by));
        return fitting.isPresent();
    }

    private void record(CaseRow c, int version, Candidate k, String override, String why, String by) {
        var now = clock.instant();
        store.update(c.id(), version, by, Map.of("staff_id", k.staff().id()));
        store.insertAllocation(c.id(), k.staff().id(), c.staffId(), k.fit().misfits(), override, why, Dates.today(clock), now, by);
        String detail = "allocated to staff " + k.staff().id() + (k.fit().fits() ? "" : " not fitting " + String.join(" ", k.fit().misfits()));
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_case", c.id()).aboutPerson(c.personId()).because(detail));
    }

    private boolean maySee(CaseRow c, StaffProfile s) {
        return people.mayBeSeenBy(c.personId(), s.username(), List.of(s.teamId()));
    }
}
