package cymru.gofal.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;

/**
 * Scheduled plan reviews as work-tray items: kind {@code planning.review.work}, due on the date the rules set, held
 * by the worker and team of the plan's case (casework's published view casework_facts_cases; unallocated while the
 * case is). Only people the signed-in user may see appear, in items and in counts. Reads ids and dates only, so it is
 * not audited: the tray audits the people it names.
 */
@Component
class ReviewWorkSource implements WorkSource {

    static final String KIND = "planning.review.work";

    private final JdbcClient jdbc;
    private final People people;

    ReviewWorkSource(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<WorkItem> open(WorkScope scope, int limit) {
        var pv = people.visibility();
        return jdbc.sql("SELECT r.id, cp.person_id, cf.team_id, cf.staff_id, r.clock_start, r.due_on, r.rule_code " + ReviewStore.FROM
                + " WHERE " + where(scope) + " AND " + pv.visible("cp.person_id") + " ORDER BY r.due_on, r.id LIMIT :limit")
                .params(pv.params()).params(scopeParams(scope)).param("limit", Math.max(0, limit))
                .query((rs, i) -> new WorkItem(KIND, rs.getLong("id"), "/reviews/" + rs.getLong("id"), rs.getLong("person_id"),
                        rs.getLong("team_id"), rs.getObject("staff_id", Long.class), rs.getObject("clock_start", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("rule_code")))
                .list();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public WorkCount count(WorkScope scope) {
        var pv = people.visibility();
        return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE r.due_on < :asOf) AS overdue " + ReviewStore.FROM
                + " WHERE " + where(scope) + " AND " + pv.visible("cp.person_id")).params(pv.params()).params(scopeParams(scope))
                .query((rs, i) -> new WorkCount(rs.getLong("open"), rs.getLong("overdue"))).single();
    }

    /** The scope as SQL: the scope's council (checked against the viewer's too, by the visibility predicate). */
    private static String where(WorkScope scope) {
        String who = scope.staffId() != null ? "cf.staff_id = :staff"
                : "cf.team_id = ANY(CAST(:teams AS bigint[]))" + (scope.unallocatedOnly() ? " AND cf.staff_id IS NULL" : "");
        return "r.authority_id = :scopeAuthority AND r.status = 'SCHEDULED' AND " + who;
    }

    private static Map<String, Object> scopeParams(WorkScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeAuthority", scope.authorityId());
        params.put("asOf", scope.asOf());
        if (scope.staffId() != null) {
            params.put("staff", scope.staffId());
        } else {
            params.put("teams", scope.teamArray());
        }
        return params;
    }
}
