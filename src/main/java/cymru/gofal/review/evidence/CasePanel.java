package cymru.gofal.review.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.assessment.AssessmentSummary;
import cymru.gofal.assessment.Assessments;
import cymru.gofal.casework.CaseRef;
import cymru.gofal.casework.Cases;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;

/**
 * The read-only view of a sampled case beside its reading: the case (casework's Cases), its person (People), their
 * assessments (Assessments), and the case's plans and plan reviews from planning's reporting views; notes and the
 * full record on the case page /cases/{id}. Built only when the case is visible to the user (each facade audits its
 * own read); empty otherwise.
 */
@Component
public class CasePanel {

    public record Plan(long id, String kind, String status, LocalDate firstAgreedOn, LocalDate reviewOn, LocalDate endedOn,
            java.math.BigDecimal weeklyCost) {
    }

    public record PlanReview(long id, long planId, int sequence, LocalDate dueOn, String status, LocalDate heldOn, Boolean inTime) {
    }

    public record View(CaseRef caseRef, PersonRef person, List<AssessmentSummary> assessments, List<Plan> plans, List<PlanReview> reviews) {
    }

    private final Cases cases;
    private final People people;
    private final Assessments assessments;
    private final JdbcClient jdbc;

    CasePanel(Cases cases, People people, Assessments assessments, JdbcClient jdbc) {
        this.cases = cases;
        this.people = people;
        this.assessments = assessments;
        this.jdbc = jdbc;
    }

    /** Call inside a read-write transaction (the facades audit). */
    Optional<View> of(long caseId) {
        Optional<CaseRef> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRef c = found.get();
        Optional<PersonRef> person = people.find(c.personId());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<Plan> plans = jdbc.sql("""
                SELECT id, kind, status, first_agreed_on, review_on, ended_on, weekly_cost FROM planning_facts_plans
                 WHERE case_id = :c ORDER BY id DESC""").param("c", caseId).query(Plan.class).list();
        List<PlanReview> reviews = jdbc.sql("""
                SELECT id, plan_id, sequence, due_on, status, held_on, in_time FROM planning_facts_reviews
                 WHERE case_id = :c ORDER BY due_on DESC, id DESC""").param("c", caseId).query(PlanReview.class).list();
        return Optional.of(new View(c, person.get(), assessments.ofPerson(c.personId()), plans, reviews));
    }
}
