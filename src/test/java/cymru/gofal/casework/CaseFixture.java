package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teams, staff, people and completed assessments for case tests, written with SQL in council 1 (the demo users'). Tests share
 * one database, so every name and code is unique.
 */
final class CaseFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private CaseFixture() {
    }

    static String unique() {
        long n = System.nanoTime() % 100_000_000L + SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n, 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    static long team(JdbcClient jdbc) {
        String code = "C" + unique().toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (1, :code, :en, :cy, 'ADULTS', 'ALL', 5, 'test', 'test') RETURNING id""")
                .param("code", code.length() > 20 ? code.substring(0, 20) : code)
                .param("en", "Cases team " + code).param("cy", "Tîm achosion " + code).query(Long.class).single();
    }

    /** A member of staff in post in the team, with the facts the fit rules read. */
    static long staff(JdbcClient jdbc, long team, String given, String role, boolean registered, LocalDate qualifiedOn, String welsh,
            int capacity, String... skills) {
        long id = jdbc.sql("""
                INSERT INTO staff (authority_id, given_names, family_name, role, team_id, scw_registered, scw_registration_number,
                                   qualified_on, welsh_level, hours_per_week, caseload_capacity, started_on, created_by, updated_by)
                VALUES (1, :g, :f, :role, :t, :reg, :regno, :q, :w, 37, :cap, DATE '2015-01-01', 'test', 'test') RETURNING id""")
                .param("g", given).param("f", "Worker" + unique()).param("role", role).param("t", team).param("reg", registered)
                .param("regno", registered ? "R" + SEQ.incrementAndGet() : null).param("q", qualifiedOn).param("w", welsh)
                .param("cap", capacity).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by)
                VALUES (1, :s, :t, DATE '2015-01-01', 37, 'test')""").param("s", id).param("t", team).update();
        for (String skill : skills) {
            jdbc.sql("INSERT INTO staff_skill (staff_id, skill, created_by) VALUES (:s, :k, 'test')").param("s", id).param("k", skill).update();
        }
        return id;
    }

    static long person(JdbcClient jdbc, LocalDate dateOfBirth, String language) {
        String family = "Q" + unique();
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, preferred_language, search_key,
                                    created_by, updated_by)
                VALUES (1, 'Gwen', :f, :dob, 'FEMALE', :lang, lower('gwen ' || :f), 'test', 'test') RETURNING id""")
                .param("f", family).param("dob", dateOfBirth).param("lang", language).query(Long.class).single();
    }

    /** A completed adult assessment of the person in the team, held by the worker (or none). */
    static long completedAssessment(JdbcClient jdbc, long person, long team, Long staff, LocalDate completedOn) {
        return jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, team_id, staff_id, allocated_at, allocated_by, clock_start,
                    due_on, rule_code, started_on, completed_on, completed_by, summary, status, created_by, updated_by)
                VALUES (1, :p, 'WALES_2016', 'ADULT_ASSESSMENT', :t, :s, now(), 'test', :start, :due, 'ADULT_ASSESSMENT', :start, :done,
                    'test', 'Summary', 'COMPLETED', 'test', 'test') RETURNING id""")
                .param("p", person).param("t", team).param("s", staff).param("start", completedOn.minusDays(20))
                .param("due", completedOn.plusDays(20)).param("done", completedOn).query(Long.class).single();
    }

    /** How many audit rows of this action on this kind of record are about the person (read as the superuser: the app may not read the log). */
    static int audits(cymru.gofal.support.TestConfig.Superuser superuser, String recordType, String action, long person) throws java.sql.SQLException {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE record_type = ? AND action = ? AND person_id = ?")) {
            st.setString(1, recordType);
            st.setString(2, action);
            st.setLong(3, person);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void restrict(JdbcClient jdbc, long person) {
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = :p").param("p", person).update();
    }
}
