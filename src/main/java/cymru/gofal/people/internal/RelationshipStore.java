package cymru.gofal.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Relationships, stored once ("A is parent of B") and shown from both sides: from B's side the same row reads
 * "child of A". Only relationships with people the viewer may see are listed, so a restricted relative does
 * not show through a visible one.
 */
@Component
public class RelationshipStore {

    private final JdbcClient jdbc;

    RelationshipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Relationship> of(Viewer viewer, long personId) {
        return jdbc.sql("""
                SELECT r.id, r.kind, r.person_id <> :me AS inverse, p.id AS other, p.given_names, p.family_name, p.date_of_birth,
                       r.note, r.from_date, r.to_date
                FROM person_relationship r
                JOIN person p ON p.id = CASE WHEN r.person_id = :me THEN r.related_person_id ELSE r.person_id END
                WHERE (r.person_id = :me OR r.related_person_id = :me) AND p.authority_id = :authority AND """ + Viewer.VISIBLE + """
                 ORDER BY r.to_date IS NOT NULL, r.kind, p.family_name, p.given_names""")
                .params(viewer.bind()).param("me", personId)
                .query((rs, i) -> new Relationship(rs.getLong("id"), rs.getString("kind"), rs.getBoolean("inverse"), rs.getLong("other"),
                        rs.getString("given_names") + " " + rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("note"), rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
                .list();
    }

    /** Records "person is kind of related"; false when that relationship (either way round, if symmetric) is current already. */
    public boolean add(long authorityId, long personId, long relatedId, RelationshipKind kind, String note, LocalDate from, String user) {
        boolean exists = jdbc.sql("""
                SELECT count(*) FROM person_relationship WHERE kind = :k AND to_date IS NULL
                AND ((person_id = :a AND related_person_id = :b) OR (:sym AND person_id = :b AND related_person_id = :a))""")
                .param("k", kind.code()).param("a", personId).param("b", relatedId).param("sym", kind.symmetric())
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO person_relationship (authority_id, person_id, related_person_id, kind, note, from_date, created_by)
                VALUES (:auth, :a, :b, :k, :note, :from, :u)
                ON CONFLICT (person_id, related_person_id, kind) WHERE to_date IS NULL DO NOTHING""").param("auth", authorityId)
                .param("a", personId).param("b", relatedId).param("k", kind.code()).param("note", note).param("from", from).param("u", user)
                .update() == 1;
    }

    /** One relationship seen from one person: {@code inverse} when that person is the second of the stored pair. */
    public record Relationship(long id, String kind, boolean inverse, long otherId, String otherName, LocalDate otherDateOfBirth,
            String note, LocalDate from, LocalDate to) {
    }
}
