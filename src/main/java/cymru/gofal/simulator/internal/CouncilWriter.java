package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated rows into one council with COPY, on the caller's connection (and so in its transaction).
 * Ids are taken in blocks from each table's identity sequence, so relationships, postings and access lists can
 * name the rows they refer to before those are written, and nothing else writing at the same time is disturbed.
 */
final class CouncilWriter {

    static final String BY = "simulator";

    private final Connection connection;
    private final CopyManager copy;
    private final long authorityId;
    private final Map<String, Long> teamIds = new HashMap<>();

    CouncilWriter(Connection connection, long authorityId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.authorityId = authorityId;
    }

    void workforce(WorkforceBatch w) throws SQLException {
        long[] team = ids("team", w.teams().size());
        CopyRows teams = new CopyRows("team", "id, authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by");
        for (int i = 0; i < team.length; i++) {
            WorkforceBatch.Team t = w.teams().get(i);
            teamIds.put(t.code(), team[i]);
            teams.row(team[i], authorityId, t.code(), t.nameEn(), t.nameCy(), t.kind(), t.serviceArea(), t.establishedFte(), BY, BY);
        }
        teams.copy(copy);
        long[] staff = ids("staff", w.staff().size());
        CopyRows rows = new CopyRows("staff", "id, authority_id, username, given_names, family_name, role, team_id, scw_registered, "
                + "scw_registration_number, qualified_on, welsh_level, hours_per_week, caseload_capacity, started_on, left_on, "
                + "leaving_reason, created_by, updated_by");
        for (WorkforceBatch.Staff s : w.staff()) {
            rows.row(staff[s.index()], authorityId, s.username(), s.givenNames(), s.familyName(), s.role(), teamIds.get(s.team()),
                    s.scwNumber() != null, s.scwNumber(), s.qualifiedOn(), s.welshLevel(), s.hours(), s.caseloadCapacity(),
                    s.startedOn(), s.leftOn(), s.leavingReason(), BY, BY);
        }
        rows.copy(copy);
        CopyRows postings = new CopyRows("staff_posting", "authority_id, staff_id, team_id, from_date, to_date, hours_per_week, created_by");
        w.postings().forEach(p -> postings.row(authorityId, staff[p.staff()], teamIds.get(p.team()), p.from(), p.to(), p.hours(), BY));
        postings.copy(copy);
        CopyRows skills = new CopyRows("staff_skill", "staff_id, skill, created_by");
        w.skills().forEach(s -> skills.row(staff[s.staff()], s.skill(), BY));
        skills.copy(copy);
        CopyRows quals = new CopyRows("staff_qualification", "staff_id, qualification, awarded_on, created_by");
        w.qualifications().forEach(q -> quals.row(staff[q.staff()], q.qualification(), q.awardedOn(), BY));
        quals.copy(copy);
    }

    void people(PeopleBatch b) throws SQLException {
        long[] id = ids("person", b.people().size());
        int first = b.firstIndex();
        CopyRows people = new CopyRows("person", "id, authority_id, given_names, family_name, preferred_name, date_of_birth, "
                + "date_of_birth_estimated, gender, ethnicity, disability, preferred_language, active_offer_made, nhs_number, "
                + "unique_pupil_number, date_of_death, restricted, search_key, created_by, updated_by");
        for (PeopleBatch.Person p : b.people()) {
            people.row(id[p.index() - first], authorityId, p.givenNames(), p.familyName(), p.preferredName(), p.dateOfBirth(),
                    p.dateOfBirthEstimated(), p.gender(), p.ethnicity(), p.disability(), p.language(), p.activeOfferMade(),
                    p.nhsNumber(), p.uniquePupilNumber(), p.dateOfDeath(), p.restricted(), p.searchKey(), BY, BY);
        }
        people.copy(copy);
        CopyRows names = new CopyRows("person_name", "person_id, kind, given_names, family_name, created_by");
        b.names().forEach(n -> names.row(id[n.person() - first], n.kind(), n.givenNames(), n.familyName(), BY));
        names.copy(copy);
        CopyRows addresses = new CopyRows("person_address", "person_id, line1, line2, town, postcode, from_date, to_date, created_by");
        b.addresses().forEach(a -> addresses.row(id[a.person() - first], a.line1(), a.line2(), a.town(), a.postcode(), a.from(), a.to(), BY));
        addresses.copy(copy);
        CopyRows identifiers = new CopyRows("person_identifier", "person_id, scheme, value, created_by");
        b.identifiers().forEach(i -> identifiers.row(id[i.person() - first], i.scheme(), i.value(), BY));
        identifiers.copy(copy);
        CopyRows relations = new CopyRows("person_relationship", "authority_id, person_id, related_person_id, kind, from_date, created_by");
        b.relations().forEach(r -> relations.row(authorityId, id[r.person() - first], id[r.related() - first], r.kind(), r.from(), BY));
        relations.copy(copy);
        CopyRows access = new CopyRows("person_access", "person_id, username, team_id, created_by");
        for (PeopleBatch.Access a : b.access()) {
            Long team = a.teamCode() == null ? null : teamIds.get(a.teamCode());
            if (a.username() != null || team != null) {
                access.row(id[a.person() - first], a.username(), team, BY);
            }
        }
        access.copy(copy);
    }

    /** {@code n} new ids from the table's identity sequence, in order. */
    private long[] ids(String table, int n) throws SQLException {
        return ids(connection, table, n);
    }

    /** {@code n} ids taken from the identity sequence of {@code table}, in the caller's transaction. */
    static long[] ids(Connection connection, String table, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            ps.setString(1, table);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n && rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }
}
