package cymru.gofal.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.NameKeys;

/** SQL for person rows and their names. Callers check need-to-know ({@link Viewer}) before they write. */
@Component
public class PersonStore {

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person, if it exists in the viewer's council and the viewer may know it does (merged records too). */
    public Optional<PersonRecord> findVisible(Viewer viewer, long id) {
        return jdbc.sql("SELECT " + PersonRows.COLUMNS + " FROM person p WHERE p.id = :id AND p.authority_id = :authority AND "
                + Viewer.VISIBLE).params(viewer.bind()).param("id", id).query(PersonRows::map).optional();
    }

    /** The person whatever the viewer may see: only for checks that answer nothing about the record itself. */
    Optional<PersonRecord> findInCouncil(long authorityId, long id) {
        return jdbc.sql("SELECT " + PersonRows.COLUMNS + " FROM person p WHERE p.id = :id AND p.authority_id = :authority")
                .param("id", id).param("authority", authorityId).query(PersonRows::map).optional();
    }

    /** Locks the person's row until the transaction ends (writes that change what belongs to them queue behind). */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM person WHERE id = :id FOR NO KEY UPDATE").param("id", id).query(Long.class).optional();
    }

    public long insert(long authorityId, PersonDetails d, String user) {
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, preferred_name, date_of_birth, date_of_birth_estimated,
                    gender, ethnicity, disability, preferred_language, active_offer_made, nhs_number, unique_pupil_number,
                    date_of_death, search_key, created_by, updated_by)
                VALUES (:authority, :given, :family, :preferred, :dob, :estimated, :gender, :ethnicity, :disability, :language,
                    :offer, :nhs, :upn, :dod, :key, :user, :user)
                RETURNING id""").params(detailParams(d)).param("authority", authorityId)
                .param("key", NameKeys.searchKey(d.givenNames(), d.familyName(), d.preferredName(), List.of()))
                .param("user", user).query(Long.class).single();
    }

    /** Saves the details if the row is still at {@code expectedVersion}; answers whether it was. */
    public boolean update(long id, int expectedVersion, PersonDetails d, String user) {
        int n = jdbc.sql("""
                UPDATE person SET given_names = :given, family_name = :family, preferred_name = :preferred, date_of_birth = :dob,
                    date_of_birth_estimated = :estimated, gender = :gender, ethnicity = :ethnicity, disability = :disability,
                    preferred_language = :language, active_offer_made = :offer, nhs_number = :nhs, unique_pupil_number = :upn,
                    date_of_death = :dod, version = version + 1, updated_at = now(), updated_by = :user
                WHERE id = :id AND version = :version""").params(detailParams(d)).param("id", id).param("version", expectedVersion)
                .param("user", user).update();
        if (n == 1) {
            refreshSearchKey(id);
        }
        return n == 1;
    }

    /** Recomputes a person's search key from every name they are known by, including records merged into them. */
    public void refreshSearchKey(long id) {
        List<String> others = new ArrayList<>(jdbc.sql("""
                WITH RECURSIVE merged(id) AS (
                    SELECT m.id FROM person m WHERE m.merged_into = :id
                    UNION SELECT m.id FROM person m JOIN merged ON m.merged_into = merged.id)
                SELECT n.given_names || ' ' || n.family_name FROM person_name n WHERE n.person_id = :id
                UNION ALL
                SELECT n.given_names || ' ' || n.family_name FROM merged JOIN person_name n ON n.person_id = merged.id
                UNION ALL
                SELECT m.given_names || ' ' || m.family_name || ' ' || coalesce(m.preferred_name, '') FROM merged JOIN person m ON m.id = merged.id
                """).param("id", id).query(String.class).list());
        java.util.Collections.sort(others);
        PersonDetailsNames own = jdbc.sql("SELECT given_names, family_name, preferred_name FROM person WHERE id = :id").param("id", id)
                .query((rs, i) -> new PersonDetailsNames(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        jdbc.sql("UPDATE person SET search_key = :key WHERE id = :id").param("id", id)
                .param("key", NameKeys.searchKey(own.given(), own.family(), own.preferred(), others)).update();
    }

    public List<OtherName> names(long personId) {
        return jdbc.sql("SELECT id, kind, given_names, family_name, created_at, created_by FROM person_name WHERE person_id = :id ORDER BY created_at, id")
                .param("id", personId).query((rs, i) -> new OtherName(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    public void addName(long personId, String kind, String given, String family, String user) {
        jdbc.sql("INSERT INTO person_name (person_id, kind, given_names, family_name, created_by) VALUES (:p, :k, :g, :f, :u)")
                .param("p", personId).param("k", kind).param("g", given).param("f", family).param("u", user).update();
        refreshSearchKey(personId);
    }

    /** Marks the row changed (version and who), so that concurrent edits of the person see the change. */
    public boolean touch(long id, int expectedVersion, String user) {
        return jdbc.sql("UPDATE person SET version = version + 1, updated_at = now(), updated_by = :u WHERE id = :id AND version = :v")
                .param("id", id).param("v", expectedVersion).param("u", user).update() == 1;
    }

    private static Map<String, Object> detailParams(PersonDetails d) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("given", d.givenNames());
        p.put("family", d.familyName());
        p.put("preferred", d.preferredName());
        p.put("dob", d.dateOfBirth());
        p.put("estimated", d.dateOfBirthEstimated());
        p.put("gender", d.gender());
        p.put("ethnicity", d.ethnicity());
        p.put("disability", d.disability());
        p.put("language", d.preferredLanguage());
        p.put("offer", d.activeOfferMade());
        p.put("nhs", d.nhsNumber());
        p.put("upn", d.uniquePupilNumber());
        p.put("dod", d.dateOfDeath());
        return p;
    }

    private record PersonDetailsNames(String given, String family, String preferred) {
    }

    /** A previous name or alias. */
    public record OtherName(long id, String kind, String givenNames, String familyName, java.time.Instant createdAt, String createdBy) {
    }
}
