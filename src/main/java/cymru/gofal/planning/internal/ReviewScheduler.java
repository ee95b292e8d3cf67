package cymru.gofal.planning.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cymru.gofal.planning.PlanAgreed;
import cymru.gofal.planning.PlanEnded;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;

/**
 * Schedules a plan's reviews from the rules (review_schedule chooses them by the council's regime and the case's
 * service area; the rule engine dates them on the council's calendar). Listens synchronously, in the transaction that
 * agreed or ended the plan, so a plan is never agreed without its review nor ended with one still scheduled.
 */
@Component
class ReviewScheduler {

    private final ReviewStore store;
    private final TimescaleRules rules;
    private final AuditLog audit;

    ReviewScheduler(ReviewStore store, TimescaleRules rules, AuditLog audit) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
    }

    /**
     * A plan with no reviews yet gets its first, from the first rule; a plan agreed again with an earlier review date
     * has its scheduled review brought forward to it (never put back, never past the rule).
     */
    @EventListener
    void agreed(PlanAgreed e) {
        Optional<Review> scheduled = store.scheduledOf(e.planId());
        if (scheduled.isPresent()) {
            Review r = scheduled.get();
            LocalDate due = ReviewDates.broughtForward(r.dueOn(), e.reviewOn());
            if (!due.equals(r.dueOn())) {
                store.moveDue(r.id(), r.ruleDueOn(), due, CurrentUser.username());
                audit.record(AuditEntry.of(AuditAction.UPDATE, "plan_review", r.id()).aboutPerson(e.personId())
                        .because("brought forward to the plan's review date on agreeing version " + e.versionNumber()));
            }
            return;
        }
        if (store.countOf(e.planId()) > 0) {
            return;
        }
        String regime = rules.regimeOf(e.authorityId());
        TimescaleRule rule = rule(regime, schedule(regime, e.serviceArea()).firstRule());
        LocalDate agreedOn = e.first() ? e.agreedOn() : store.firstAgreedOn(e.planId()).orElse(e.agreedOn());
        ReviewDates.Due due = ReviewDates.first((r, start) -> rules.dueDate(e.authorityId(), r, start), rule, agreedOn,
                e.earliestServiceStart(), e.reviewOn());
        insert(e.authorityId(), e.planId(), e.personId(), 1, regime, due);
    }

    /** The plan ended: its review still to be held will not be. */
    @EventListener
    void ended(PlanEnded e) {
        store.scheduledOf(e.planId()).ifPresent(r -> {
            store.cancelScheduled(e.planId(), CurrentUser.username());
            audit.record(AuditEntry.of(AuditAction.UPDATE, "plan_review", r.id()).aboutPerson(e.personId())
                    .because("cancelled: the plan ended"));
        });
    }

    /** The review after {@code held}, from the later-review rule counted from the day it was held; answers its id. */
    long next(Review held, LocalDate heldOn) {
        String regime = rules.regimeOf(held.authorityId());
        TimescaleRule rule = rule(regime, schedule(regime, held.serviceArea()).subsequentRule());
        ReviewDates.Due due = ReviewDates.next((r, start) -> rules.dueDate(held.authorityId(), r, start), rule, heldOn);
        return insert(held.authorityId(), held.planId(), held.personId(), store.lastSequence(held.planId()) + 1, regime, due);
    }

    private long insert(long authorityId, long planId, long personId, int sequence, String regime, ReviewDates.Due due) {
        long id = store.insert(authorityId, planId, sequence, regime, due, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "plan_review", id).aboutPerson(personId)
                .because("scheduled by " + regime + " " + due.ruleCode() + (due.dueOn().isBefore(due.ruleDueOn()) ? ", due by the plan's date" : "")));
        return id;
    }

    private ReviewStore.Schedule schedule(String regime, String serviceArea) {
        return store.schedule(regime, serviceArea).orElseThrow(() -> new IllegalStateException(
                "No review_schedule row for " + regime + " " + serviceArea));
    }

    private TimescaleRule rule(String regime, String code) {
        return rules.rule(regime, code).orElseThrow(() -> new IllegalStateException("No timescale rule " + regime + " " + code));
    }
}
