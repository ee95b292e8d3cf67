package cymru.gofal.assessment.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;

/**
 * Open (not completed) assessments as work-tray items: kind {@code assessment.work.<TYPE>}, due on the date the rule
 * engine set, held by the allocated worker (null while unallocated). Only people the signed-in user may see appear,
 * in items and in counts. Served by the partial indexes on (authority, staff, due) and (authority, team, due).
 */
@Component
class AssessmentWorkSource implements WorkSource {

    private final JdbcClient jdbc;
    private final People people;

    AssessmentWorkSource(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<WorkItem> open(WorkScope scope, int limit) {
        var pv = people.visibility();
        return jdbc.sql("SELECT a.id, a.type_code, a.person_id, a.team_id, a.staff_id, a.clock_start, a.due_on, a.rule_code"
                + " FROM assessment a WHERE " + where(scope) + " AND " + pv.visible("a.person_id")
                + " ORDER BY a.due_on, a.type_code COLLATE \"C\", a.id LIMIT :limit").params(pv.params()).params(scopeParams(scope))
                .param("limit", Math.max(0, limit))
                .query((rs, i) -> new WorkItem("assessment.work." + rs.getString("type_code"), rs.getLong("id"),
                        "/assessments/" + rs.getLong("id"), rs.getLong("person_id"), rs.getLong("team_id"),
                        rs.getObject("staff_id", Long.class), rs.getObject("clock_start", java.time.LocalDate.class),
                        rs.getObject("due_on", java.time.LocalDate.class), rs.getString("rule_code")))
                .list();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public WorkCount count(WorkScope scope) {
        var pv = people.visibility();
        return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE a.due_on < :asOf) AS overdue FROM assessment a WHERE "
                + where(scope) + " AND " + pv.visible("a.person_id")).params(pv.params()).params(scopeParams(scope))
                .query((rs, i) -> new WorkCount(rs.getLong("open"), rs.getLong("overdue"))).single();
    }

    /** The scope as SQL; the council is the scope's (bound as :scopeAuthority, checked against the viewer's too). */
    private static String where(WorkScope scope) {
        String who = scope.staffId() != null ? "a.staff_id = :staff"
                : "a.team_id = ANY(CAST(:teams AS bigint[]))" + (scope.unallocatedOnly() ? " AND a.staff_id IS NULL" : "");
        return "a.authority_id = :scopeAuthority AND a.completed_on IS NULL AND " + who;
    }

    private static java.util.Map<String, Object> scopeParams(WorkScope scope) {
        var params = new java.util.HashMap<String, Object>();
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
