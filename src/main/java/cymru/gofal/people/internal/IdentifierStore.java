package cymru.gofal.people.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Identifiers other than the NHS number and the unique pupil number (schemes are data: identifier_scheme). */
@Component
public class IdentifierStore {

    private final JdbcClient jdbc;

    IdentifierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Identifier> of(long personId) {
        return jdbc.sql("""
                SELECT i.id, i.scheme, i.value FROM person_identifier i JOIN identifier_scheme s ON s.code = i.scheme
                WHERE i.person_id = :p ORDER BY s.ordinal, i.value""").param("p", personId)
                .query((rs, n) -> new Identifier(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Adds the identifier; false when the person has it already. */
    public boolean add(long personId, String scheme, String value, String user) {
        return jdbc.sql("""
                INSERT INTO person_identifier (person_id, scheme, value, created_by) VALUES (:p, :s, :v, :u)
                ON CONFLICT (person_id, scheme, value) DO NOTHING""")
                .param("p", personId).param("s", scheme).param("v", value).param("u", user).update() == 1;
    }

    public record Identifier(long id, String scheme, String value) {
    }
}
