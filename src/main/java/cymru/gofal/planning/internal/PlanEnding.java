package cymru.gofal.planning.internal;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.CaseClosed;
import cymru.gofal.planning.PlanEnded;
import cymru.gofal.planning.ReviewHeld;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/**
 * Ending plans as a consequence of other work, synchronously in that work's transaction: when a case closes, its live
 * plans end; when a review's outcome ends its plan, that plan ends. An ended plan's open unmet needs are resolved
 * PLAN_ENDED, its services running then stop that day, accepted direct payments end; {@link PlanEnded} is published
 * (scheduled reviews are cancelled from it). end_reason records why: {@code CASE_CLOSED <closure reason code>} or
 * {@code REVIEW <review outcome code>}.
 */
@Component
class PlanEnding {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    PlanEnding(JdbcClient jdbc, PlanStore store, ApplicationEventPublisher events, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseClosed event) {
        store.liveOfCase(event.caseId()).forEach(p -> end(p, event.closedOn(), "CASE_CLOSED " + event.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReviewHeld event) {
        if (event.endsPlan()) {
            store.find(event.planId()).filter(p -> !p.ended()).ifPresent(p -> end(p, event.heldOn(), "REVIEW " + event.outcome()));
        }
    }

    void end(Plan plan, LocalDate on, String reason) {
        LocalDate day = on;
        jdbc.sql("""
                UPDATE care_plan SET status = 'ENDED', ended_on = :on, end_reason = :reason, version = version + 1,
                       updated_at = now(), updated_by = :by WHERE id = :id""")
                .param("on", day).param("reason", reason).param("by", cymru.gofal.platform.security.CurrentUser.username())
                .param("id", plan.id()).update();
        jdbc.sql("UPDATE unmet_need SET resolved_on = greatest(:on, unmet_since), resolution = 'PLAN_ENDED' WHERE plan_id = :p AND resolved_on IS NULL")
                .param("on", day).param("p", plan.id()).update();
        jdbc.sql("UPDATE plan_service SET end_on = :on WHERE plan_id = :p AND start_on <= :on AND (end_on IS NULL OR end_on > :on)")
                .param("on", day).param("p", plan.id()).update();
        jdbc.sql("""
                UPDATE direct_payment SET ended_on = greatest(:on, start_on), version = version + 1, updated_at = now(), updated_by = :by
                 WHERE plan_id = :p AND decision = 'ACCEPTED' AND ended_on IS NULL""")
                .param("on", day).param("by", cymru.gofal.platform.security.CurrentUser.username()).param("p", plan.id()).update();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_plan", plan.id()).aboutPerson(plan.personId()).because("ended: " + reason));
        events.publishEvent(new PlanEnded(plan.authorityId(), plan.id(), plan.personId(), day, reason));
    }
}
