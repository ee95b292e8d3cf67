package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.Cases;
import cymru.gofal.planning.PlanAgreed;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreeing a plan: who agreed it (the person, a carer, an advocate by name), the day and a note. The live content is
 * frozen as the next numbered plan_version ({@link PlanSnapshot}) with the review date and its weekly and annual cost on
 * its costing day ({@link PlanCost#costingDay}: the later of the day agreed and the earliest start of its PLANNED
 * services, so a plan agreed before its services start is not stored at nothing); a review date before the day agreed
 * is refused; the plan becomes AGREED, no longer changed since. {@link PlanAgreed} is published in the same
 * transaction (reviews are scheduled from it).
 */
@Service
public class Agreement {

    private final JdbcClient jdbc;
    private final PlanEdits edits;
    private final PlanStore store;
    private final Cases cases;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Agreement(JdbcClient jdbc, PlanEdits edits, PlanStore store, Cases cases, JsonMapper json, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.store = store;
        this.cases = cases;
        this.json = json;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who agreed and when, as typed (booleans as true/yes/on). */
    public record AgreementInput(String byPerson, String byCarer, String byAdvocate, String advocateName, String agreedOn,
            String note) {
    }

    /** @return the number of the version agreed */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public int agree(long planId, int version, AgreementInput in) {
        Plan plan = edits.at(planId, version);
        LocalDate today = Dates.today(clock);
        List<FormError> errors = new ArrayList<>();
        boolean person = Inputs.yes(in.byPerson());
        boolean carer = Inputs.yes(in.byCarer());
        boolean advocate = Inputs.yes(in.byAdvocate());
        if (!person && !carer && !advocate) {
            errors.add(new FormError("agreedBy", "planning.agreedBy.required"));
        }
        String advocateName = FormText.optionalLine("advocateName", in.advocateName(), 200, "planning.advocateName", errors);
        if (advocate && advocateName == null && errors.stream().noneMatch(e -> e.field().equals("advocateName"))) {
            errors.add(new FormError("advocateName", "planning.advocateName.required"));
        }
        LocalDate agreedOn = Inputs.pastDate("agreedOn", in.agreedOn(), "planning.agreedOn", today, errors);
        VersionRow last = lastVersion(plan);
        if (agreedOn != null && last != null && agreedOn.isBefore(last.agreedOn())) {
            errors.add(new FormError("agreedOn", "planning.agreedOn.beforeLast", last.number()));
        }
        if (agreedOn != null && plan.reviewOn() != null && plan.reviewOn().isBefore(agreedOn)) {
            errors.add(new FormError("agreedOn", "planning.agreedOn.afterReview", cymru.gofal.platform.web.FormDates.format(plan.reviewOn())));
        }
        String note = FormText.optional("note", in.note(), 4000, "planning.note", errors);
        var outcomes = store.outcomes(planId);
        if (outcomes.isEmpty()) {
            errors.add(new FormError("agreedBy", "planning.agreedBy.noOutcomes"));
        }
        if (plan.agreedVersions() > 0 && !plan.changed()) {
            errors.add(new FormError("agreedBy", "planning.agreedBy.unchanged", plan.agreedVersions()));
        }
        Refused.throwIfAny(errors);
        var services = store.services(planId);
        PlanSnapshot snapshot = PlanSnapshot.of(plan, outcomes, services, store.support(planId), store.risks(planId));
        BigDecimal weekly = PlanCost.weekly(services, PlanCost.costingDay(services, agreedOn));
        int number = plan.agreedVersions() + 1;
        int n = jdbc.sql("""
                UPDATE care_plan SET version = version + 1, status = 'AGREED', agreed_versions = :n, changed = FALSE,
                       first_agreed_on = coalesce(first_agreed_on, :on), updated_at = now(), updated_by = :by
                 WHERE id = :id AND version = :v AND status <> 'ENDED'""")
                .param("n", number).param("on", agreedOn).param("by", CurrentUser.username()).param("id", planId).param("v", version)
                .update();
        if (n != 1) {
            throw new cymru.gofal.platform.web.StaleVersionException("Plan " + planId + " changed");
        }
        jdbc.sql("""
                INSERT INTO plan_version (plan_id, number, agreed_on, agreed_by_person, agreed_by_carer, agreed_by_advocate,
                    advocate_name, agreement_note, weekly_cost, annual_cost, review_on, content, recorded_by)
                VALUES (:p, :n, :on, :person, :carer, :advocate, :name, :note, :weekly, :annual, :review, CAST(:content AS jsonb), :by)""")
                .param("p", planId).param("n", number).param("on", agreedOn).param("person", person).param("carer", carer)
                .param("advocate", advocate).param("name", advocate ? advocateName : null).param("note", note)
                .param("weekly", weekly).param("annual", PlanCost.annual(weekly)).param("review", plan.reviewOn())
                .param("content", json.writeValueAsString(snapshot)).param("by", CurrentUser.username()).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_plan", planId).aboutPerson(plan.personId()).because("version " + number + " agreed"));
        String area = cases.find(plan.caseId()).map(c -> c.serviceArea()).orElseThrow();
        LocalDate earliest = PlanCost.earliestStart(services);
        events.publishEvent(new PlanAgreed(plan.authorityId(), planId, plan.personId(), plan.caseId(), plan.kind(), area, number,
                agreedOn, earliest, plan.reviewOn()));
        return number;
    }

    VersionRow lastVersion(Plan plan) {
        return plan.agreedVersions() == 0 ? null : versions(plan.id()).get(plan.agreedVersions() - 1);
    }

    /** The plan's agreed versions, first first (not audited: for callers that audit their own read). */
    public List<VersionRow> versions(long planId) {
        return jdbc.sql("""
                SELECT id, plan_id, number, agreed_on, agreed_by_person, agreed_by_carer, agreed_by_advocate, advocate_name,
                       agreement_note, weekly_cost, annual_cost, review_on, recorded_at, recorded_by
                  FROM plan_version WHERE plan_id = :p ORDER BY number""").param("p", planId)
                .query((rs, i) -> new VersionRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getObject(12, LocalDate.class), rs.getTimestamp(13).toInstant(), rs.getString(14)))
                .list();
    }

    /** The frozen content of version {@code number}, or null when there is no such version. */
    public PlanSnapshot content(long planId, int number) {
        return jdbc.sql("SELECT content::text FROM plan_version WHERE plan_id = :p AND number = :n").param("p", planId).param("n", number)
                .query(String.class).optional().map(text -> json.readValue(text, PlanSnapshot.class)).orElse(null);
    }
}
