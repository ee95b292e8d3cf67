package cymru.gofal.intake.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.ClosureDaysChanged;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;

/**
 * Keeps the due dates of open intake work true to the council's calendar: when its closure days change, referrals
 * awaiting a decision and check-backs not yet made get their due dates recomputed by their own rules, in the
 * transaction that changed the calendar. Decided referrals and made check-backs keep the dates they were judged by.
 */
@Component("intakeOpenDueDates")
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
        String regime = rules.regimeOf(change.authorityId());
        int referrals = jdbc.sql("""
                SELECT id, received_on, response_rule, response_due, decision_rule, decision_due FROM referral
                 WHERE authority_id = :a AND outcome IS NULL ORDER BY id""").param("a", change.authorityId())
                .query((rs, n) -> new Open(rs.getLong("id"), Rows.date(rs, "received_on"), rs.getString("response_rule"),
                        Rows.date(rs, "response_due"), rs.getString("decision_rule"), Rows.date(rs, "decision_due")))
                .list().stream().mapToInt(o -> update(change, regime, o)).sum();
        int checkBacks = jdbc.sql("""
                SELECT id, turned_aside_on, check_back_due FROM turned_aside
                 WHERE authority_id = :a AND checked_back_on IS NULL ORDER BY id""").param("a", change.authorityId())
                .query((rs, n) -> new Open(rs.getLong("id"), Rows.date(rs, "turned_aside_on"), TurnedAsideStore.CHECK_BACK_RULE,
                        Rows.date(rs, "check_back_due"), null, null))
                .list().stream().mapToInt(o -> updateCheckBack(change, regime, o)).sum();
        if (referrals + checkBacks > 0) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "referral", null).because("Due dates recomputed after a change of closure days: "
                    + referrals + " referrals awaiting a decision, " + checkBacks + " check-backs"));
        }
    }

    private int update(ClosureDaysChanged change, String regime, Open o) {
        LocalDate response = due(change, regime, o.rule(), o.start()).orElse(o.due());
        LocalDate decision = o.decisionRule() == null ? null : due(change, regime, o.decisionRule(), o.start()).orElse(o.decisionDue());
        if (response.equals(o.due()) && Objects.equals(decision, o.decisionDue())) {
            return 0;
        }
        return jdbc.sql("UPDATE referral SET response_due = :r, decision_due = :d WHERE id = :id AND outcome IS NULL")
                .param("r", response).param("d", decision).param("id", o.id()).update();
    }

    private int updateCheckBack(ClosureDaysChanged change, String regime, Open o) {
        LocalDate due = due(change, regime, o.rule(), o.start()).orElse(o.due());
        if (due.equals(o.due())) {
            return 0;
        }
        return jdbc.sql("UPDATE turned_aside SET check_back_due = :d WHERE id = :id AND checked_back_on IS NULL")
                .param("d", due).param("id", o.id()).update();
    }

    private Optional<LocalDate> due(ClosureDaysChanged change, String regime, String code, LocalDate start) {
        return rules.rule(regime, code).map(r -> change.dueDate(r, start));
    }

    private record Open(long id, LocalDate start, String rule, LocalDate due, String decisionRule, LocalDate decisionDue) {
    }
}
