package cymru.gofal.people.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.PersonRef;
import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/** What {@link cymru.gofal.people.People} answers: visible people by id, audited, and the visibility rule as SQL. */
@Component
public class PeopleDirectory {

    private final JdbcClient jdbc;
    private final Viewers viewers;
    private final AuditLog audit;
    private final RelationshipStore relationships;

    PeopleDirectory(JdbcClient jdbc, Viewers viewers, AuditLog audit, RelationshipStore relationships) {
        this.relationships = relationships;
        this.jdbc = jdbc;
        this.viewers = viewers;
        this.audit = audit;
    }

    /**
     * The visible people among {@code ids}, keyed by the id asked for. A merged record answers with the record kept
     * (its id in the answer is the kept one's). One audit READ per person answered.
     */
    public Map<Long, PersonRef> find(Collection<Long> ids) {
        Viewer viewer = viewers.current();
        String asked = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<Long, PersonRef> found = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.asked, p.id, p.given_names, p.family_name, p.preferred_name, p.date_of_birth, p.date_of_birth_estimated,
                       p.date_of_death, p.preferred_language, p.restricted
                FROM unnest(CAST(:asked AS bigint[])) WITH ORDINALITY AS a(asked, n)
                JOIN person m ON m.id = a.asked AND m.authority_id = :authority
                JOIN person p ON p.id = COALESCE(m.merged_into, m.id)
                WHERE\s""" + Viewer.VISIBLE + " ORDER BY a.n").params(viewer.bind()).param("asked", asked)
                .query((rs, n) -> found.put(rs.getLong("asked"), new PersonRef(rs.getLong("id"), rs.getString("given_names"),
                        rs.getString("family_name"), rs.getString("preferred_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                        rs.getBoolean("date_of_birth_estimated"), rs.getObject("date_of_death", java.time.LocalDate.class),
                        rs.getString("preferred_language"), rs.getBoolean("restricted"))))
                .list();
        found.values().stream().map(PersonRef::id).distinct()
                .forEach(id -> audit.record(AuditEntry.of(AuditAction.READ, "person", id).aboutPerson(id)));
        return found;
    }

    public java.util.List<PersonRef> carersOf(long personId) {
        Viewer viewer = viewers.current();
        if (find(java.util.List.of(personId)).isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<Long> carerIds = relationships.of(viewer, personId).stream()
                .filter(r -> r.kind().equals("CARER") && r.inverse() && r.to() == null).map(RelationshipStore.Relationship::otherId).toList();
        return java.util.List.copyOf(find(carerIds).values());
    }

    public boolean mayBeSeenBy(long personId, String username, java.util.List<Long> teamIds) {
        Viewer me = viewers.current();
        Viewer other = new Viewer(me.authorityId(), username == null ? "" : username, teamIds, me.now());
        // One query for the usual case: a record visible to me and restricted nowhere (itself or the record it was merged
        // into) is visible to everyone in the council; only a restricted one needs the other person's own check.
        Boolean restricted = jdbc.sql("SELECT p.restricted OR coalesce(k.restricted, false) FROM person p "
                + "LEFT JOIN person k ON k.id = p.merged_into WHERE p.id = :id AND p.authority_id = :authority AND " + Viewer.VISIBLE)
                .params(me.bind()).param("id", personId).query(Boolean.class).optional().orElse(null);
        if (restricted == null || !restricted) {
            return restricted != null;
        }
        return jdbc.sql("SELECT count(*) FROM person p WHERE p.id = :id AND p.authority_id = :authority AND " + Viewer.VISIBLE)
                .params(other.bind()).param("id", personId).query(Long.class).single() > 0;
    }

    public PersonVisibility visibility() {
        Viewer viewer = viewers.current();
        return new PersonVisibility("p.authority_id = :authority AND " + Viewer.VISIBLE, viewer.bind());
    }
}
