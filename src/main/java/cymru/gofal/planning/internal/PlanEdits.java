package cymru.gofal.planning.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.Assessments;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Changes to a live plan's outcomes, help from others, risks and review date. Each names the plan version the user
 * saw: a stale one is refused ({@link StaleVersionException}) before anything is checked or written, and each change
 * bumps the version, so two people editing one plan never overwrite each other.
 */
@Service
public class PlanEdits {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final Assessments assessments;
    private final PlanReference reference;
    private final AuditLog audit;
    private final Clock clock;

    PlanEdits(JdbcClient jdbc, PlanStore store, Assessments assessments, PlanReference reference, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.assessments = assessments;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan, live and at {@code version}; otherwise refused or stale. */
    Plan at(long planId, int version) {
        Plan plan = store.requireLive(planId);
        if (plan.version() != version) {
            throw new StaleVersionException("Plan " + planId + " is at version " + plan.version());
        }
        return plan;
    }

    /** Adds a personal outcome, in the person's words, meeting one of the assessment's eligible needs. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long addOutcome(long planId, int version, String needId, String outcome) {
        Plan plan = at(planId, version);
        List<FormError> errors = new ArrayList<>();
        Long need = Inputs.id("needId", needId, plan.assessmentId() != null, "planning.needId", errors);
        if (need != null && (plan.assessmentId() == null || assessments.needs(plan.assessmentId()).stream()
                .noneMatch(n -> n.eligible() && n.id() == need))) {
            errors.add(new FormError("needId", "planning.needId.required"));
        }
        String text = FormText.required("outcome", outcome, 4000, "planning.outcome", errors);
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        long id = jdbc.sql("""
                INSERT INTO plan_outcome (plan_id, need_id, outcome, ordinal)
                SELECT :p, :n, :o, coalesce(max(ordinal), 0) + 1 FROM plan_outcome WHERE plan_id = :p RETURNING id""")
                .param("p", planId).param("n", need).param("o", text).query(Long.class).single();
        changed(plan, "outcome added");
        return id;
    }

    /** Removes an outcome that no service or help refers to any more. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void removeOutcome(long planId, int version, long outcomeId) {
        Plan plan = at(planId, version);
        outcomeOf(plan, outcomeId, "outcome");
        int used = jdbc.sql("""
                SELECT (SELECT count(*) FROM plan_service WHERE outcome_id = :o) + (SELECT count(*) FROM plan_support WHERE outcome_id = :o)""")
                .param("o", outcomeId).query(Integer.class).single();
        if (used > 0) {
            throw Refused.of("outcome", "planning.outcome.inUse");
        }
        store.bump(planId, version);
        jdbc.sql("DELETE FROM plan_outcome WHERE id = :o").param("o", outcomeId).update();
        changed(plan, "outcome removed");
    }

    /** Records who else helps with an outcome (family, community...) and what they do. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long addSupport(long planId, int version, String outcomeId, String source, String who, String what) {
        Plan plan = at(planId, version);
        List<FormError> errors = new ArrayList<>();
        Long outcome = Inputs.id("supportOutcomeId", outcomeId, true, "planning.supportOutcomeId", errors);
        if (outcome != null && store.outcomes(planId).stream().noneMatch(o -> o.id() == outcome)) {
            errors.add(new FormError("supportOutcomeId", "planning.supportOutcomeId.required"));
        }
        if (!PlanReference.has(reference.supportSources(), source)) {
            errors.add(new FormError("source", "planning.source.required"));
        }
        String whoText = FormText.optionalLine("who", who, 200, "planning.who", errors);
        String whatText = FormText.required("what", what, 2000, "planning.what", errors);
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        long id = jdbc.sql("INSERT INTO plan_support (plan_id, outcome_id, source, who, what) VALUES (:p, :o, :s, :who, :what) RETURNING id")
                .param("p", planId).param("o", outcome).param("s", source).param("who", whoText).param("what", whatText)
                .query(Long.class).single();
        changed(plan, "help from others added");
        return id;
    }

    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void removeSupport(long planId, int version, long supportId) {
        removeLine(at(planId, version), version, "plan_support", supportId, "help from others removed");
    }

    /** Records a risk, its level and how it is managed. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long addRisk(long planId, int version, String risk, String level, String management) {
        Plan plan = at(planId, version);
        List<FormError> errors = new ArrayList<>();
        String riskText = FormText.required("risk", risk, 2000, "planning.risk", errors);
        if (!PlanReference.has(reference.riskLevels(), level)) {
            errors.add(new FormError("level", "planning.level.required"));
        }
        String managed = FormText.required("management", management, 4000, "planning.management", errors);
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        long id = jdbc.sql("INSERT INTO plan_risk (plan_id, risk, level, management) VALUES (:p, :r, :l, :m) RETURNING id")
                .param("p", planId).param("r", riskText).param("l", level).param("m", managed).query(Long.class).single();
        changed(plan, "risk added");
        return id;
    }

    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void removeRisk(long planId, int version, long riskId) {
        removeLine(at(planId, version), version, "plan_risk", riskId, "risk removed");
    }

    /** Sets the review date the plan itself sets (not before today); blank clears it. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void setReviewOn(long planId, int version, String reviewOn) {
        Plan plan = at(planId, version);
        List<FormError> errors = new ArrayList<>();
        var day = Inputs.date("reviewOn", reviewOn, false, "planning.reviewOn", errors);
        if (day != null && day.isBefore(cymru.gofal.platform.web.Dates.today(clock))) {
            errors.add(new FormError("reviewOn", "planning.reviewOn.past"));
        }
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        store.setReviewOn(planId, day);
        changed(plan, "review date set");
    }

    Lines.Outcome outcomeOf(Plan plan, long outcomeId, String field) {
        return store.outcomes(plan.id()).stream().filter(o -> o.id() == outcomeId).findFirst()
                .orElseThrow(() -> Refused.of(field, "planning.line.missing"));
    }

    private void removeLine(Plan plan, int version, String table, long lineId, String why) {
        // Table names come from this class, never from input.
        int n = jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id AND plan_id = :p").param("id", lineId).param("p", plan.id())
                .query(Integer.class).single();
        if (n == 0) {
            throw Refused.of("plan", "planning.line.missing");
        }
        store.bump(plan.id(), version);
        jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", lineId).update();
        changed(plan, why);
    }

    private void changed(Plan plan, String why) {
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_plan", plan.id()).aboutPerson(plan.personId()).because(why));
    }
}
