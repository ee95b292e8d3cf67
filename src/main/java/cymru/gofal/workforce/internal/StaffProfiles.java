package cymru.gofal.workforce.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.workforce.StaffProfile;

/**
 * Staff as case allocation sees them ({@link StaffProfile}): one query each, one SEARCH audit row per list handed out.
 */
@Service
public class StaffProfiles {

    private static final String SELECT = """
            SELECT s.id, s.username, s.given_names, s.family_name, s.role, r.qualified_social_work, r.holds_cases,
                   s.scw_registered, s.qualified_on, s.welsh_level, s.caseload_capacity, s.team_id, s.left_on,
                   (SELECT string_agg(k.skill, ',') FROM staff_skill k WHERE k.staff_id = s.id) AS skills
              FROM staff s JOIN staff_role r ON r.code = s.role
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    StaffProfiles(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff in post today whose current team is {@code teamId}, by family and given names. */
    @Transactional
    public List<StaffProfile> inTeam(long authorityId, long teamId) {
        List<StaffProfile> rows = jdbc.sql(SELECT + """
                 WHERE s.authority_id = :authority AND s.team_id = :team AND (s.left_on IS NULL OR s.left_on >= :today)
                 ORDER BY s.family_name, s.given_names, s.id""")
                .param("authority", authorityId).param("team", teamId).param("today", Dates.today(clock))
                .query(StaffProfiles::map).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because("profiles of team " + teamId + ": " + rows.size() + " staff"));
        return rows;
    }

    /** The members of staff with these ids, in post or not. */
    @Transactional
    public List<StaffProfile> byIds(long authorityId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StaffProfile> rows = jdbc.sql(SELECT + " WHERE s.authority_id = :authority AND s.id = ANY(CAST(:ids AS bigint[]))")
                .param("authority", authorityId)
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .query(StaffProfiles::map).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because(rows.size() + " staff profiles by id"));
        return rows;
    }

    private static StaffProfile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String skills = rs.getString("skills");
        Set<String> held = skills == null || skills.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(skills.split(",")));
        return new StaffProfile(rs.getLong("id"), rs.getString("username"), rs.getString("given_names"), rs.getString("family_name"),
                rs.getString("role"), rs.getBoolean("qualified_social_work"), rs.getBoolean("holds_cases"), rs.getBoolean("scw_registered"),
                rs.getObject("qualified_on", java.time.LocalDate.class), rs.getString("welsh_level"), rs.getInt("caseload_capacity"),
                rs.getLong("team_id"), rs.getObject("left_on", java.time.LocalDate.class), held);
    }
}
