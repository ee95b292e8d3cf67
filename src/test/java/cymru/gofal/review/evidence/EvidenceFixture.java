package cymru.gofal.review.evidence;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the evidence tests need, each with unique names (tests share one database). */
final class EvidenceFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private EvidenceFixture() {
    }

    static String unique() {
        long n = System.nanoTime() % 100_000_000L + SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n, 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    /** A review of council 1 on the 2007 framework, PLANNING, with the demo reviewer on its team. */
    static long review(JdbcClient jdbc, String kind) {
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, period_from, period_to, created_by)
                VALUES (1, 'JR_WALES_2007', :k, :t, DATE '2025-04-01', DATE '2026-03-31', 'test') RETURNING id""")
                .param("k", kind).param("t", "Evidence test " + unique()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO review_member (review_id, user_id, name, role, ordinal)
                SELECT :r, id, display_name, 'REVIEWER', 1 FROM app_user WHERE username = 'reviewer'""").param("r", id).update();
        return id;
    }

    static void publish(JdbcClient jdbc, long review) {
        jdbc.sql("UPDATE review SET status = 'PUBLISHED', published_at = now(), published_by = 'test' WHERE id = :r").param("r", review).update();
    }

    static long area(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM review_area WHERE framework = 'JR_WALES_2007' AND code = :c").param("c", code).query(Long.class).single();
    }

    static long userId(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** A person (family name returned in {@code family[0]} when given) with an open adults' case; answers {person, case}. */
    static long[] personWithCase(JdbcClient jdbc, String[] family) {
        String f = "Ev" + unique();
        if (family != null) {
            family[0] = f;
        }
        long person = jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, preferred_language, search_key,
                                    created_by, updated_by)
                VALUES (1, 'Gwen', :f, DATE '1944-02-02', 'FEMALE', 'en', lower('gwen ' || :f), 'test', 'test') RETURNING id""")
                .param("f", f).query(Long.class).single();
        String code = ("E" + unique().toUpperCase(Locale.ROOT));
        long team = jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (1, :code, :en, :en, 'ADULTS', 'ALL', 5, 'test', 'test') RETURNING id""")
                .param("code", code.length() > 20 ? code.substring(0, 20) : code).param("en", "Evidence team " + code).query(Long.class).single();
        LocalDate done = LocalDate.of(2026, 1, 10);
        long assessment = jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, team_id, allocated_at, allocated_by, clock_start,
                    due_on, rule_code, started_on, completed_on, completed_by, summary, status, created_by, updated_by)
                VALUES (1, :p, 'WALES_2016', 'ADULT_ASSESSMENT', :t, now(), 'test', :start, :due, 'ADULT_ASSESSMENT', :start, :done,
                    'test', 'Summary', 'COMPLETED', 'test', 'test') RETURNING id""")
                .param("p", person).param("t", team).param("start", done.minusDays(20)).param("due", done.plusDays(20)).param("done", done)
                .query(Long.class).single();
        long caseId = jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, complexity, opened_on, opened_from,
                    assessment_id, created_by, updated_by)
                VALUES (1, :p, 'ADULTS', :t, 'LOW', DATE '2026-01-20', 'ASSESSMENT', :a, 'test', 'test') RETURNING id""")
                .param("p", person).param("t", team).param("a", assessment).query(Long.class).single();
        return new long[] {person, caseId};
    }
}
