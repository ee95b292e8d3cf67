package cymru.gofal.intake.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.intake.TurnedAside;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.workforce.Workforce;

/** Writes {@code turned_aside} rows, with the check-back due date from the council's rule. */
@Component
public class TurnedAsideStore {

    static final String CHECK_BACK_RULE = "TURNED_ASIDE_CHECK_BACK";

    private final JdbcClient jdbc;
    private final TimescaleRules rules;
    private final AuditLog audit;
    private final Workforce workforce;

    TurnedAsideStore(JdbcClient jdbc, TimescaleRules rules, AuditLog audit, Workforce workforce) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.workforce = workforce;
    }

    /** Records it with the team of the signed-in worker (their first posting today), or none when they have none. */
    public long record(TurnedAside t) {
        return record(t, workforce.teamIdsOf(t.authorityId(), CurrentUser.username()).stream().findFirst().orElse(null));
    }

    /** Records it as the work of {@code teamId} (null when not known), whose tray then shows the check-back. */
    public long record(TurnedAside t, Long teamId) {
        if (t.reason() == null || t.reason().isBlank()) {
            throw new IllegalArgumentException("A turning aside needs a reason");
        }
        var existing = jdbc.sql("SELECT id FROM turned_aside WHERE origin = :origin AND origin_id = :originId")
                .param("origin", t.origin()).param("originId", t.originId()).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate due = checkBackDue(t.authorityId(), t.on());
        long id = jdbc.sql("""
                INSERT INTO turned_aside (authority_id, person_id, origin, origin_id, outcome, reason, signposted_to,
                    turned_aside_on, check_back_due, recorded_by, team_id)
                VALUES (:authority, :person, :origin, :originId, :outcome, :reason, :signposted, :on, :due, :user, :team)
                ON CONFLICT (origin, origin_id) DO UPDATE SET origin = EXCLUDED.origin
                RETURNING id""")
                .param("authority", t.authorityId()).param("person", t.personId()).param("origin", t.origin())
                .param("originId", t.originId()).param("outcome", t.outcome()).param("reason", t.reason().strip())
                .param("signposted", t.signpostedTo()).param("on", t.on()).param("due", due)
                .param("user", CurrentUser.username()).param("team", teamId).query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CREATE, "turned_aside", id).aboutPerson(t.personId()));
        return id;
    }

    /** The day a check-back is due for someone turned aside on {@code on}, by the council's regime and calendar. */
    public LocalDate checkBackDue(long authorityId, LocalDate on) {
        String regime = rules.regimeOf(authorityId);
        TimescaleRule rule = rules.rule(regime, CHECK_BACK_RULE)
                .orElseThrow(() -> new IllegalStateException("No rule " + CHECK_BACK_RULE + " in regime " + regime));
        return rules.dueDate(authorityId, rule, on);
    }
}
