package cymru.gofal.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.Assessments;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.NotFoundException;

/** Reading plans within need-to-know; each read is audited as a READ about the plan's person. */
@Service
public class PlanReads {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final Agreement agreement;
    private final DirectPayments payments;
    private final Assessments assessments;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    PlanReads(JdbcClient jdbc, PlanStore store, Agreement agreement, DirectPayments payments, Assessments assessments, People people,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.agreement = agreement;
        this.payments = payments;
        this.assessments = assessments;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(PlanAccess.READ)
    @Transactional
    public PlanFile view(long id) {
        Plan plan = store.require(id);
        PersonRef person = people.find(plan.personId()).orElseThrow(() -> new NotFoundException("No plan " + id));
        PersonRef caredFor = plan.caredForPersonId() == null ? null : people.find(plan.caredForPersonId()).orElse(null);
        audit.record(AuditEntry.of(AuditAction.READ, "care_plan", id).aboutPerson(plan.personId()));
        LocalDate today = Dates.today(clock);
        var services = store.services(id);
        var weekly = PlanCost.weekly(services, today);
        return new PlanFile(plan, person, caredFor, store.outcomes(id), services, store.support(id), store.risks(id), weekly,
                PlanCost.annual(weekly), agreement.versions(id), payments.ofPlan(id),
                plan.assessmentId() == null ? List.of() : assessments.needs(plan.assessmentId()), nextReview(plan), today);
    }

    /** One agreed version and its frozen content; not found when there is no such version. */
    @PreAuthorize(PlanAccess.READ)
    @Transactional
    public AgreedVersion version(long id, int number) {
        Plan plan = store.require(id);
        PersonRef person = people.find(plan.personId()).orElseThrow(() -> new NotFoundException("No plan " + id));
        VersionRow row = agreement.versions(id).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("No version " + number + " of plan " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "plan_version", row.id()).aboutPerson(plan.personId()));
        return new AgreedVersion(plan, person, row, agreement.content(id, number));
    }

    /** A version as agreed, for its read-only page. */
    public record AgreedVersion(Plan plan, PersonRef person, VersionRow row, PlanSnapshot content) {
    }

    /** The person's plans, live ones first, for the person page's panel; not found when the person is not visible. */
    @PreAuthorize(PlanAccess.READ)
    @Transactional
    public List<PanelRow> ofPerson(long personId) {
        people.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        var pv = people.visibility();
        List<PanelRow> rows = jdbc.sql("""
                SELECT cp.id, cp.kind, cp.status, cp.changed, cp.agreed_versions,
                       coalesce((SELECT sum(s.units_per_week * s.unit_cost) FROM plan_service s WHERE s.plan_id = cp.id
                                    AND s.status = 'PLANNED' AND s.start_on <= :today AND (s.end_on IS NULL OR s.end_on >= :today)), 0) weekly,
                       (SELECT min(r.due_on) FROM plan_review r WHERE r.plan_id = cp.id AND r.status = 'SCHEDULED') due,
                       cp.review_on, cp.ended_on
                  FROM care_plan cp
                 WHERE cp.person_id = :person AND cp.authority_id = :authority AND """ + " " + pv.visible("cp.person_id") + " " + """
                 ORDER BY cp.status = 'ENDED', cp.created_at DESC, cp.id DESC""")
                .params(pv.params()).param("person", personId).param("today", Dates.today(clock))
                .query((rs, i) -> new PanelRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                        rs.getBigDecimal(6).setScale(2, java.math.RoundingMode.HALF_UP),
                        "ENDED".equals(rs.getString(3)) ? null : firstOf(rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)),
                        rs.getObject(9, LocalDate.class))).list();
        if (!rows.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "care_plan", null).aboutPerson(personId).because("plans of the person"));
        }
        return rows;
    }

    /** The due date of the plan's scheduled review, or the review date the plan sets. */
    private LocalDate nextReview(Plan plan) {
        if (plan.ended()) {
            return null;
        }
        LocalDate due = jdbc.sql("SELECT min(due_on) FROM plan_review WHERE plan_id = :p AND status = 'SCHEDULED'").param("p", plan.id())
                .query(LocalDate.class).optional().orElse(null);
        return firstOf(due, plan.reviewOn());
    }

    private static LocalDate firstOf(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
