package cymru.gofal.assessment.internal;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.ClosureDaysChanged;
import cymru.gofal.platform.calendar.TimescaleRules;

/**
 * Keeps the due dates of open assessments true to the council's calendar: when its closure days change, every
 * assessment not yet completed gets its due date recomputed from its own rule and clock start, in the transaction
 * that changed the calendar. Completed assessments keep the due date they were judged by (in time or late).
 */
@Component("assessmentOpenDueDates")
class OpenDueDates {

    private final JdbcClient jdbc;
    private final TimescaleRules rules;
    private final AuditLog audit;

    OpenDueDates(JdbcClient jdbc, TimescaleRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
    }

    @EventListener
    public void recompute(ClosureDaysChanged change) {
        int changed = jdbc.sql("""
                SELECT id, regime, rule_code, clock_start, due_on FROM assessment
                 WHERE authority_id = :a AND completed_on IS NULL ORDER BY id""").param("a", change.authorityId())
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("regime"), rs.getString("rule_code"),
                        rs.getObject("clock_start", LocalDate.class), rs.getObject("due_on", LocalDate.class)))
                .list().stream().mapToInt(o -> update(change, o)).sum();
        if (changed > 0) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "assessment", null)
                    .because("Due dates recomputed after a change of closure days: " + changed + " open assessments"));
        }
    }

    private int update(ClosureDaysChanged change, Open o) {
        LocalDate due = rules.rule(o.regime(), o.rule()).map(r -> change.dueDate(r, o.clockStart())).orElse(o.due());
        if (due.equals(o.due())) {
            return 0;
        }
        return jdbc.sql("UPDATE assessment SET due_on = :d WHERE id = :id AND completed_on IS NULL")
                .param("d", due).param("id", o.id()).update();
    }

    private record Open(long id, String regime, String rule, LocalDate clockStart, LocalDate due) {
    }
}
