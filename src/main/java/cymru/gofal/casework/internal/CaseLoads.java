package cymru.gofal.casework.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.PersonVisibility;

/**
 * Workers' open caseloads from casework_facts_cases (the module's reporting view): cases held, their weight, and how
 * many the worker did not fit when allocated. Only cases the viewer may see count, so a restricted person's case is absent
 * from every number as from every list (a worker holding such a case shows less weight to a viewer who may not see it).
 */
@Component
public class CaseLoads {

    /** A worker's open caseload. */
    public record Load(long staffId, int cases, int weight, int misfits) {
        public static Load none(long staffId) {
            return new Load(staffId, 0, 0, 0);
        }
    }

    private final JdbcClient jdbc;

    CaseLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open caseloads of these workers, leaving out the case {@code exceptCaseId} (the one being allocated), if any. */
    public Map<Long, Load> of(long authorityId, Collection<Long> staffIds, Long exceptCaseId, PersonVisibility pv) {
        Map<Long, Load> loads = new HashMap<>();
        if (staffIds.isEmpty()) {
            return loads;
        }
        jdbc.sql("""
                SELECT f.staff_id, count(*) AS cases, sum(f.weight) AS weight, count(*) FILTER (WHERE f.worker_fits IS FALSE) AS misfits
                  FROM casework_facts_cases f
                 WHERE f.authority_id = :scopeAuthority AND f.closed_on IS NULL AND f.staff_id = ANY(CAST(:staff AS bigint[]))
                   AND (CAST(:except AS bigint) IS NULL OR f.id <> :except)
                """ + " AND " + pv.visible("f.person_id") + " GROUP BY f.staff_id")
                .params(pv.params()).param("scopeAuthority", authorityId).param("except", exceptCaseId)
                .param("staff", staffIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .query(rs -> {
                    long id = rs.getLong("staff_id");
                    loads.put(id, new Load(id, rs.getInt("cases"), rs.getInt("weight"), rs.getInt("misfits")));
                });
        return loads;
    }
}
