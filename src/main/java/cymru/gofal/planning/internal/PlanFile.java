package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.assessment.AssessedNeed;
import cymru.gofal.people.PersonRef;

/**
 * Everything on a plan's page: the plan, its person (and the person cared for, when the user may see them), its live
 * content, cost today, agreed versions, direct payments, the assessment's needs and the next review's due date.
 */
public record PlanFile(Plan plan, PersonRef person, PersonRef caredFor, List<Lines.Outcome> outcomes,
        List<Lines.Service> services, List<Lines.Support> support, List<Lines.Risk> risks, BigDecimal weeklyCost,
        BigDecimal annualCost, List<VersionRow> versions, List<DirectPaymentRow> payments, List<AssessedNeed> needs,
        LocalDate nextReview, LocalDate today) {

    public List<Lines.Service> servicesOf(long outcomeId) {
        return services.stream().filter(s -> s.outcomeId() != null && s.outcomeId() == outcomeId).toList();
    }

    public List<Lines.Support> supportOf(long outcomeId) {
        return support.stream().filter(s -> s.outcomeId() != null && s.outcomeId() == outcomeId).toList();
    }

    /** Lines with no outcome (written by other means, such as the simulator). */
    public List<Lines.Service> servicesWithoutOutcome() {
        return services.stream().filter(s -> s.outcomeId() == null).toList();
    }

    /** A direct payment offer is open: undecided, or accepted and not ended (no new offer until it closes). */
    public boolean offerOpen() {
        return payments.stream().anyMatch(d -> d.pending() || "ACCEPTED".equals(d.decision()) && d.endedOn() == null);
    }

    public List<AssessedNeed> eligibleNeeds() {
        return needs.stream().filter(AssessedNeed::eligible).toList();
    }

    public AssessedNeed need(Long id) {
        return id == null ? null : needs.stream().filter(n -> n.id() == id).findFirst().orElse(null);
    }

    public Lines.Outcome outcome(Long id) {
        return id == null ? null : outcomes.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
