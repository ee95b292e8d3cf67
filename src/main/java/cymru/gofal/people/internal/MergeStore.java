package cymru.gofal.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person. The merged record stays (its names and identifiers are its history) and
 * points at the record kept. Its relationships move to the kept record, and so do its addresses (its current
 * one only when the kept record has none); exactly which rows moved is stored, so that undoing the merge puts
 * everything back.
 */
@Component
public class MergeStore {

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The merges of this person with others the viewer may see. */
    public List<Merge> involving(Viewer viewer, long personId) {
        return jdbc.sql("""
                SELECT m.id, m.kept_id, m.merged_id, k.given_names || ' ' || k.family_name, g.given_names || ' ' || g.family_name,
                       m.reason, m.merged_at, m.merged_by, m.undone_at, m.undone_by
                FROM person_merge m JOIN person k ON k.id = m.kept_id JOIN person g ON g.id = m.merged_id
                WHERE (m.kept_id = :p OR m.merged_id = :p)
                  AND EXISTS (SELECT 1 FROM person p WHERE p.id = m.kept_id AND """ + Viewer.VISIBLE + """
                )
                  AND EXISTS (SELECT 1 FROM person p WHERE p.id = m.merged_id AND """ + Viewer.VISIBLE + """
                )
                ORDER BY m.merged_at DESC, m.id DESC""").params(viewer.bind()).param("p", personId)
                .query((rs, i) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getString(10))).list();
    }

    /** The merge, if both its records are visible to the viewer. */
    public Optional<Merge> find(Viewer viewer, long mergeId) {
        return jdbc.sql("SELECT kept_id FROM person_merge WHERE id = :m").param("m", mergeId).query(Long.class).optional()
                .flatMap(kept -> involving(viewer, kept).stream().filter(m -> m.id() == mergeId).findFirst());
    }

    /** Locks both rows (lower id first, so two merges of the same pair cannot deadlock). */
    public void lock(long a, long b) {
        jdbc.sql("SELECT id FROM person WHERE id IN (:a, :b) ORDER BY id FOR UPDATE").param("a", a).param("b", b).query(Long.class).list();
    }

    public long merge(long authorityId, long kept, long merged, String reason, String user) {
        List<Long> asPerson = jdbc.sql("""
                UPDATE person_relationship r SET person_id = :kept
                WHERE r.person_id = :merged AND r.related_person_id <> :kept AND NOT EXISTS (
                    SELECT 1 FROM person_relationship o WHERE o.person_id = :kept AND o.related_person_id = r.related_person_id
                    AND o.kind = r.kind AND o.to_date IS NULL)
                RETURNING r.id""").param("kept", kept).param("merged", merged).query(Long.class).list();
        List<Long> asRelated = jdbc.sql("""
                UPDATE person_relationship r SET related_person_id = :kept
                WHERE r.related_person_id = :merged AND r.person_id <> :kept AND NOT EXISTS (
                    SELECT 1 FROM person_relationship o WHERE o.related_person_id = :kept AND o.person_id = r.person_id
                    AND o.kind = r.kind AND o.to_date IS NULL)
                RETURNING r.id""").param("kept", kept).param("merged", merged).query(Long.class).list();
        List<Long> addresses = jdbc.sql("""
                UPDATE person_address SET person_id = :kept
                WHERE person_id = :merged AND (to_date IS NOT NULL
                    OR NOT EXISTS (SELECT 1 FROM person_address c WHERE c.person_id = :kept AND c.to_date IS NULL))
                RETURNING id""").param("kept", kept).param("merged", merged).query(Long.class).list();
        jdbc.sql("UPDATE person SET merged_into = :kept, version = version + 1, updated_at = now(), updated_by = :u WHERE id = :merged")
                .param("kept", kept).param("merged", merged).param("u", user).update();
        jdbc.sql("UPDATE person SET version = version + 1, updated_at = now(), updated_by = :u WHERE id = :kept")
                .param("kept", kept).param("u", user).update();
        String moved = "{\"asPerson\":" + json(asPerson) + ",\"asRelated\":" + json(asRelated) + ",\"addresses\":" + json(addresses) + "}";
        return jdbc.sql("""
                INSERT INTO person_merge (authority_id, kept_id, merged_id, reason, moved, merged_by)
                VALUES (:auth, :kept, :merged, :reason, CAST(:moved AS jsonb), :u) RETURNING id""")
                .param("auth", authorityId).param("kept", kept).param("merged", merged).param("reason", reason)
                .param("moved", moved).param("u", user).query(Long.class).single();
    }

    /** Puts back what {@link #merge} moved and frees the merged record. */
    public void undo(Merge m, String user) {
        // First, so that of two undos at once only one goes on (the other finds it undone and changes nothing).
        if (jdbc.sql("UPDATE person_merge SET undone_at = now(), undone_by = :u WHERE id = :m AND undone_at IS NULL")
                .param("m", m.id()).param("u", user).update() != 1) {
            throw new MergeService.MergeRefusedException("people.merge.error.cannotUndo");
        }
        jdbc.sql("""
                UPDATE person_relationship SET person_id = :merged WHERE id IN (
                    SELECT jsonb_array_elements_text(moved -> 'asPerson')::bigint FROM person_merge WHERE id = :m)""")
                .param("merged", m.mergedId()).param("m", m.id()).update();
        jdbc.sql("""
                UPDATE person_relationship SET related_person_id = :merged WHERE id IN (
                    SELECT jsonb_array_elements_text(moved -> 'asRelated')::bigint FROM person_merge WHERE id = :m)""")
                .param("merged", m.mergedId()).param("m", m.id()).update();
        jdbc.sql("""
                UPDATE person_address SET person_id = :merged WHERE id IN (
                    SELECT jsonb_array_elements_text(coalesce(moved -> 'addresses', '[]'::jsonb))::bigint FROM person_merge WHERE id = :m)""")
                .param("merged", m.mergedId()).param("m", m.id()).update();
        jdbc.sql("UPDATE person SET merged_into = NULL, version = version + 1, updated_at = now(), updated_by = :u WHERE id = :merged")
                .param("merged", m.mergedId()).param("u", user).update();
        jdbc.sql("UPDATE person SET version = version + 1, updated_at = now(), updated_by = :u WHERE id = :kept")
                .param("kept", m.keptId()).param("u", user).update();
    }

    private static String json(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    public record Merge(long id, long keptId, long mergedId, String keptName, String mergedName, String reason, Instant mergedAt,
            String mergedBy, Instant undoneAt, String undoneBy) {

        public boolean undone() {
            return undoneAt != null;
        }
    }
}
