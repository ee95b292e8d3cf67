package cymru.gofal.planning.internal;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.ClosureDaysChanged;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.TimescaleUnit;
import cymru.gofal.platform.security.CurrentUser;

/**
 * Keeps the due dates of scheduled reviews true to the council's calendar: when its closure days change, each
 * scheduled review whose rule counts working days gets its rule's date recomputed from its clock start, in the
 * transaction that changed the calendar (a date set by the plan stays, unless the rule's is now earlier). Reviews
 * held or cancelled keep the dates they were judged by; rules counted in months, weeks or calendar days do not move.
 */
@Component
class ReviewOpenDueDates {

    private final ReviewStore store;
    private final TimescaleRules rules;
    private final AuditLog audit;

    ReviewOpenDueDates(ReviewStore store, TimescaleRules rules, AuditLog audit) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
    }

    @EventListener
    public void recompute(ClosureDaysChanged change) {
        java.util.List<String> workingDayRules = rules.regimes().stream().flatMap(g -> rules.rules(g.code()).stream())
                .filter(r -> r.unit() == TimescaleUnit.WORKING_DAYS).map(r -> r.regime() + "/" + r.code()).toList();
        int moved = 0;
        for (Review r : store.scheduledOfCouncil(change.authorityId(), workingDayRules)) {
            TimescaleRule rule = rules.rule(r.regime(), r.ruleCode()).orElseThrow();
            LocalDate ruleDue = change.dueDate(rule, r.clockStart());
            LocalDate due = ReviewDates.onNewCalendar(r.dueOn(), r.ruleDueOn(), ruleDue);
            if (!ruleDue.equals(r.ruleDueOn()) || !due.equals(r.dueOn())) {
                moved += store.moveDue(r.id(), ruleDue, due, CurrentUser.username());
            }
        }
        if (moved > 0) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "plan_review", null)
                    .because("Due dates recomputed after a change of closure days: " + moved + " scheduled reviews"));
        }
    }
}
