package cymru.gofal.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.AssessmentCompleted;
import cymru.gofal.intake.TurnedAside;
import cymru.gofal.intake.TurnedAsideRegister;
import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Completing an assessment ({@link CompletionRules} say what it needs). When the type determines eligibility and no
 * need recorded is eligible, the person is recorded as turned aside through intake's register, in the same
 * transaction: NEEDS_MET_OTHERWISE when any need was found met otherwise, else NOT_ELIGIBLE, with the reasoning.
 */
@Service
public class Completion {

    private static final int REASON_MAX = 4000;

    private final Visible visible;
    private final AssessmentStore store;
    private final Eligibility eligibility;
    private final Reference reference;
    private final TurnedAsideRegister turnedAside;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final People people;

    Completion(Visible visible, AssessmentStore store, Eligibility eligibility, Reference reference, TurnedAsideRegister turnedAside,
            AuditLog audit, Clock clock, ApplicationEventPublisher events, People people) {
        this.visible = visible;
        this.store = store;
        this.eligibility = eligibility;
        this.reference = reference;
        this.turnedAside = turnedAside;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.people = people;
    }

    /**
     * Completes the assessment from {@code version}; answers whether the person was turned aside.
     *
     * @param summary the analysis; null keeps the one recorded (which completion then requires)
     * @throws InvalidInput naming each problem; nothing is written
     */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public boolean complete(long id, int version, String completedOn, String views, String summary, String signpostedTo) {
        Assessment a = visible.require(id);
        AssessmentType type = visible.type(a);
        List<FormError> errors = new ArrayList<>();
        LocalDate today = Dates.today(clock);
        LocalDate on = FormDates.parse("completedOn", completedOn, true, "assessment.completedOn.error",
                EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR, errors);
        String viewsText = views == null ? a.views() : FormText.optional("views", views, 8000, "assessment.views.error", errors);
        String analysis = summary == null ? a.summary() : FormText.optional("summary", summary, 8000, "assessment.summary.error", errors);
        String signposted = signpostedTo == null || signpostedTo.isBlank() ? null : signpostedTo.strip();
        if (signposted != null && reference.communityServices().stream().noneMatch(s -> s.code().equals(signposted))) {
            errors.add(new FormError("signpostedTo", "assessment.signpostedTo.error"));
        }
        List<NeedRow> needs = eligibility.rows(a.id());
        if (errors.stream().noneMatch(e -> e.field().equals("summary"))) {
            errors.addAll(CompletionRules.problems(a, type, needs.size(), analysis, on, today));
        }
        InvalidInput.throwIfAny(errors);
        Map<String, Object> set = new HashMap<>();
        set.put("completed_on", on);
        set.put("completed_by", CurrentUser.username());
        set.put("status", Assessment.COMPLETED);
        set.put("views", viewsText);
        set.put("summary", analysis);
        store.update(id, version, CurrentUser.username(), set);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "assessment", id).aboutPerson(a.personId()).because("completed"));
        boolean noneEligible = !needs.isEmpty() && needs.stream().noneMatch(NeedRow::eligible);
        events.publishEvent(completed(a, type, on, needs.stream().anyMatch(NeedRow::eligible)));
        if (type.requiresEligibility() && noneEligible) {
            turnedAside.record(new TurnedAside(a.authorityId(), a.personId(), "ASSESSMENT", a.id(), outcomeOf(needs),
                    reasonOf(needs), signposted, on));
            return true;
        }
        return false;
    }

    private AssessmentCompleted completed(Assessment a, AssessmentType type, LocalDate on, boolean anyEligible) {
        boolean child = people.find(a.personId()).map(p -> p.childOn(on)).orElse(false);
        Long caredFor = store.caredForOf(a.id()).orElse(null);
        return new AssessmentCompleted(a.authorityId(), a.id(), a.personId(), type.clientGroup(), child ? "CHILDREN" : "ADULTS",
                a.referralId(), a.teamId(), a.staffId(), on, anyEligible, caredFor, CurrentUser.username());
    }

    /** The turning-aside outcome when no need is eligible, for needs judged by band (WALES_2007), which name none. */
    static final String BELOW_THRESHOLD = "NOT_ELIGIBLE";

    /**
     * The turning-aside outcome the needs' eligibility outcomes name (eligibility_outcome.turned_aside_outcome), the
     * first in the outcomes' order (needs met otherwise before not eligible); {@link #BELOW_THRESHOLD} for bands.
     */
    static String outcomeOf(List<NeedRow> needs) {
        return needs.stream().filter(n -> n.turnedAsideOutcome() != null).min(java.util.Comparator.comparingInt(NeedRow::outcomeOrdinal))
                .map(NeedRow::turnedAsideOutcome).orElse(BELOW_THRESHOLD);
    }

    /** The needs' reasoning, in order, as the turning aside's reason. */
    static String reasonOf(List<NeedRow> needs) {
        String joined = needs.stream().map(NeedRow::reasoning).collect(Collectors.joining("\n"));
        return joined.length() <= REASON_MAX ? joined : joined.substring(0, REASON_MAX);
    }
}
