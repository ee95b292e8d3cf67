package cymru.gofal.intake.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;

/**
 * Intake's open work for the trays: referrals awaiting screening (children: the decision, or the response when
 * that is due first; adults: the response) held by the screening team, and check-backs due with people turned aside,
 * held by the team that turned them aside. Screening is not allocated to individuals, so a worker's own tray gets
 * nothing from here and every item is unallocated. Only people the user may see. Reads ids and dates only (no
 * personal details), so it is not audited; the tray audits the people it names.
 */
@Component
class IntakeWorkSource implements WorkSource {

    private static final String ITEMS = """
            SELECT CASE WHEN r.route = 'CHILDREN' THEN 'intake.work.referralDecision' ELSE 'intake.work.referralResponse' END AS kind,
                   r.id, '/intake/referrals/' || r.id AS path, r.person_id, r.screening_team_id AS team_id, r.received_on AS started_on,
                   r.screening_due AS due_on, r.screening_rule AS rule_code
            FROM referral r
            WHERE r.authority_id = :council AND r.outcome IS NULL AND r.screening_team_id = ANY(CAST(:teams AS bigint[])) AND %s
            UNION ALL
            SELECT 'intake.work.checkBack', t.id, '/intake/turned-aside/' || t.id, t.person_id, t.team_id, t.turned_aside_on,
                   t.check_back_due, 'TURNED_ASIDE_CHECK_BACK'
            FROM turned_aside t
            WHERE t.authority_id = :council AND t.checked_back_on IS NULL AND t.team_id = ANY(CAST(:teams AS bigint[])) AND %s""";

    private final JdbcClient jdbc;
    private final People people;

    IntakeWorkSource(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public List<WorkItem> open(WorkScope scope, int limit) {
        if (scope.teamIds().isEmpty() || limit <= 0) {
            return List.of();
        }
        PersonVisibility pv = people.visibility();
        return jdbc.sql("SELECT * FROM (" + items(pv) + ") w ORDER BY w.due_on, w.kind COLLATE \"C\", w.id LIMIT :limit")
                .params(pv.params()).param("council", scope.authorityId()).param("teams", scope.teamArray()).param("limit", limit)
                .query((rs, n) -> new WorkItem(rs.getString("kind"), rs.getLong("id"), rs.getString("path"), rs.getLong("person_id"),
                        Rows.longOrNull(rs, "team_id"), null, Rows.date(rs, "started_on"), Rows.date(rs, "due_on"), rs.getString("rule_code")))
                .list();
    }

    @Override
    public WorkCount count(WorkScope scope) {
        if (scope.teamIds().isEmpty()) {
            return new WorkCount(0, 0);
        }
        PersonVisibility pv = people.visibility();
        return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE w.due_on < :asOf) AS overdue FROM (" + items(pv) + ") w")
                .params(pv.params()).param("council", scope.authorityId()).param("teams", scope.teamArray()).param("asOf", scope.asOf())
                .query((rs, n) -> new WorkCount(rs.getLong("open"), rs.getLong("overdue"))).single();
    }

    private static String items(PersonVisibility pv) {
        return ITEMS.formatted(pv.visible("r.person_id"), pv.visible("t.person_id"));
    }
}
