package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.workforce.TeamRef;

/**
 * A council's teams and their figures on any day. FTE in post counts the postings open on that day (each at
 * the hours of that posting), so past days answer as they were, not as the staff list is now.
 */
@Service
public class Teams {

    private static final String SUMMARY = """
            SELECT t.id, t.code, t.name_en, t.name_cy, t.kind, k.name_en AS kind_en, k.name_cy AS kind_cy,
                   t.service_area, t.established_fte, t.active, t.version,
                   COALESCE(SUM(p.hours_per_week), 0) AS hours, COUNT(p.id) AS staff_count,
                   COALESCE(SUM(s.caseload_capacity), 0) AS capacity
              FROM team t
              JOIN team_kind k ON k.code = t.kind
              LEFT JOIN staff_posting p ON p.team_id = t.id AND p.from_date <= :on AND (p.to_date IS NULL OR p.to_date >= :on)
              LEFT JOIN staff s ON s.id = p.staff_id
             WHERE t.authority_id = :authority
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Teams(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every team of the council (active first, then by kind and name) with its figures on {@code on}. */
    public List<TeamSummary> summaries(long authorityId, LocalDate on) {
        return jdbc.sql(SUMMARY + " GROUP BY t.id, k.code ORDER BY t.active DESC, k.ordinal, t.name_en")
                .param("authority", authorityId).param("on", on).query(Teams::summary).list();
    }

    public Optional<TeamSummary> summary(long authorityId, long teamId, LocalDate on) {
        return jdbc.sql(SUMMARY + " AND t.id = :id GROUP BY t.id, k.code")
                .param("authority", authorityId).param("on", on).param("id", teamId).query(Teams::summary).optional();
    }

    /** The council's active teams, by name: for choosing a team. */
    public List<TeamRef> refs(long authorityId) {
        return jdbc.sql("SELECT id, code, name_en, name_cy FROM team WHERE authority_id = :authority AND active ORDER BY name_en")
                .param("authority", authorityId).query(TeamRef.class).list();
    }

    public boolean isActiveTeam(long authorityId, long teamId) {
        return jdbc.sql("SELECT count(*) FROM team WHERE id = :id AND authority_id = :authority AND active")
                .param("id", teamId).param("authority", authorityId).query(Integer.class).single() > 0;
    }

    /** Adds a team; a code the council already uses is a problem with the field {@code code}. */
    @Transactional
    public long create(long authorityId, TeamDraft draft) {
        String user = CurrentUser.username();
        try {
            long id = jdbc.sql("""
                    INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                    VALUES (:authority, :code, :en, :cy, :kind, :area, :fte, :user, :user) RETURNING id
                    """).param("authority", authorityId).param("code", draft.code()).param("en", draft.nameEn())
                    .param("cy", draft.nameCy()).param("kind", draft.kind()).param("area", draft.serviceArea())
                    .param("fte", draft.establishedFte()).param("user", user).query(Long.class).single();
            audit.record(AuditEntry.of(AuditAction.CREATE, "team", id));
            return id;
        } catch (DuplicateKeyException e) {
            throw new Problem.Violation("code", Inputs.key("code", "taken"));
        }
    }

    private static TeamSummary summary(ResultSet rs, int row) throws SQLException {
        BigDecimal established = rs.getBigDecimal("established_fte");
        BigDecimal inPost = WorkforceRules.fte(rs.getBigDecimal("hours"));
        return new TeamSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_cy"),
                new Named(rs.getString("kind"), rs.getString("kind_en"), rs.getString("kind_cy")),
                rs.getString("service_area"), established, inPost, WorkforceRules.vacancies(established, inPost),
                rs.getInt("staff_count"), rs.getInt("capacity"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
