package cymru.gofal.people.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Restricted records' access lists and break-glass grants. */
@Component
public class AccessStore {

    private final JdbcClient jdbc;

    AccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> entries(long personId) {
        return jdbc.sql("SELECT id, username, team_id, created_at, created_by FROM person_access WHERE person_id = :p ORDER BY username NULLS LAST, team_id, id")
                .param("p", personId).query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    public void setRestricted(long personId, boolean restricted) {
        jdbc.sql("UPDATE person SET restricted = :r WHERE id = :p").param("r", restricted).param("p", personId).update();
    }

    /** Adds a username or a team to the list; false when it is there already. */
    public boolean add(long personId, String username, Long teamId, String by) {
        return jdbc.sql("""
                INSERT INTO person_access (person_id, username, team_id, created_by) VALUES (:p, :u, :t, :by)
                ON CONFLICT DO NOTHING""").param("p", personId).param("u", username).param("t", teamId).param("by", by).update() == 1;
    }

    public boolean remove(long personId, long entryId) {
        return jdbc.sql("DELETE FROM person_access WHERE id = :e AND person_id = :p").param("e", entryId).param("p", personId).update() == 1;
    }

    public void grantBreakGlass(long personId, String username, String reason, Instant expires) {
        jdbc.sql("INSERT INTO break_glass (person_id, username, reason, expires_at) VALUES (:p, :u, :r, :x)")
                .param("p", personId).param("u", username).param("r", reason).param("x", java.sql.Timestamp.from(expires)).update();
    }

    public List<BreakGlass> breakGlass(long personId) {
        return jdbc.sql("SELECT id, username, reason, granted_at, expires_at FROM break_glass WHERE person_id = :p ORDER BY granted_at DESC, id DESC")
                .param("p", personId).query((rs, i) -> new BreakGlass(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())).list();
    }

    /** Whether two records' access lists name the same usernames and teams. */
    public boolean sameList(long a, long b) {
        return jdbc.sql("""
                SELECT NOT EXISTS (
                    (SELECT lower(username), team_id FROM person_access WHERE person_id = :a
                     EXCEPT SELECT lower(username), team_id FROM person_access WHERE person_id = :b)
                    UNION ALL
                    (SELECT lower(username), team_id FROM person_access WHERE person_id = :b
                     EXCEPT SELECT lower(username), team_id FROM person_access WHERE person_id = :a))""")
                .param("a", a).param("b", b).query(Boolean.class).single();
    }

    /** Whether the viewer is on the record's access list itself (by name or team), not only by break-glass. */
    public boolean isOwner(Viewer viewer, long personId) {
        return jdbc.sql("""
                SELECT count(*) FROM person_access a WHERE a.person_id = :p
                AND (lower(a.username) = lower(:viewer) OR a.team_id = ANY(CAST(:viewerTeams AS bigint[])))""")
                .params(viewer.bind()).param("p", personId).query(Long.class).single() > 0;
    }

    public record Entry(long id, String username, Long teamId, Instant createdAt, String createdBy) {
    }

    public record BreakGlass(long id, String username, String reason, Instant grantedAt, Instant expiresAt) {
    }
}
