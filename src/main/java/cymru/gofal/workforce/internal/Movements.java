package cymru.gofal.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.workforce.TeamRef;

/** Who joined, who left and who moved team in a period (dates inclusive). One audited SEARCH per call. */
@Service
public class Movements {

    private final JdbcClient jdbc;
    private final ReferenceData ref;
    private final AuditLog audit;

    Movements(JdbcClient jdbc, ReferenceData ref, AuditLog audit) {
        this.jdbc = jdbc;
        this.ref = ref;
        this.audit = audit;
    }

    /** One joiner, leaver or move: the team is the one joined, left, or moved to ({@code fromTeam} for moves). */
    public record Movement(long staffId, String givenNames, String familyName, Named role, TeamRef team,
            TeamRef fromTeam, LocalDate date, Named reason) {
    }

    /** The movements of a period, each list by date. */
    public record Period(LocalDate from, LocalDate to, List<Movement> joiners, List<Movement> leavers, List<Movement> moves) {
    }

    @Transactional
    public Period between(long authorityId, LocalDate from, LocalDate to) {
        List<Movement> joiners = jdbc.sql("""
                SELECT s.id, s.given_names, s.family_name, s.role, s.started_on AS day, NULL AS reason,
                       t.id AS team_id, t.code, t.name_en, t.name_cy, NULL::bigint AS from_id
                  FROM staff s
                  JOIN staff_posting p ON p.staff_id = s.id AND p.from_date = s.started_on
                  JOIN team t ON t.id = p.team_id
                 WHERE s.authority_id = :authority AND s.started_on BETWEEN :from AND :to
                 ORDER BY s.started_on, lower(s.family_name), s.id
                """).param("authority", authorityId).param("from", from).param("to", to).query(this::movement).list();
        List<Movement> leavers = jdbc.sql("""
                SELECT s.id, s.given_names, s.family_name, s.role, s.left_on AS day, s.leaving_reason AS reason,
                       t.id AS team_id, t.code, t.name_en, t.name_cy, NULL::bigint AS from_id
                  FROM staff s JOIN team t ON t.id = s.team_id
                 WHERE s.authority_id = :authority AND s.left_on BETWEEN :from AND :to
                 ORDER BY s.left_on, lower(s.family_name), s.id
                """).param("authority", authorityId).param("from", from).param("to", to).query(this::movement).list();
        List<Movement> moves = jdbc.sql("""
                SELECT s.id, s.given_names, s.family_name, s.role, m.from_date AS day, NULL AS reason,
                       t.id AS team_id, t.code, t.name_en, t.name_cy, f.id AS from_id, f.code AS from_code,
                       f.name_en AS from_en, f.name_cy AS from_cy
                  FROM (SELECT p.staff_id, p.team_id, p.from_date,
                               lag(p.team_id) OVER (PARTITION BY p.staff_id ORDER BY p.from_date, p.id) AS previous_team
                          FROM staff_posting p WHERE p.authority_id = :authority) m
                  JOIN staff s ON s.id = m.staff_id
                  JOIN team t ON t.id = m.team_id
                  JOIN team f ON f.id = m.previous_team
                 WHERE m.previous_team <> m.team_id AND m.from_date BETWEEN :from AND :to
                 ORDER BY m.from_date, lower(s.family_name), s.id
                """).param("authority", authorityId).param("from", from).param("to", to).query(this::movement).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because("movements " + from + " to " + to));
        return new Period(from, to, joiners, leavers, moves);
    }

    private Movement movement(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        long fromId = rs.getLong("from_id");
        TeamRef fromTeam = rs.wasNull() ? null
                : new TeamRef(fromId, rs.getString("from_code"), rs.getString("from_en"), rs.getString("from_cy"));
        return new Movement(rs.getLong("id"), rs.getString("given_names"), rs.getString("family_name"),
                ref.role(rs.getString("role")).orElseThrow().named(),
                new TeamRef(rs.getLong("team_id"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_cy")),
                fromTeam, rs.getObject("day", LocalDate.class),
                reason == null ? null : ref.leavingReason(reason).orElseThrow());
    }
}
