package cymru.gofal.assessment;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Councils, teams, staff and people for assessment tests, written with SQL (tests share one database, so every
 * name and code is unique). Council 1 (the demo users' council) works under WALES_2016.
 */
final class AssessmentFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private AssessmentFixture() {
    }

    static String unique() {
        long n = System.nanoTime() % 100_000_000L + SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n, 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    /** A new council under the regime. */
    static long council(JdbcClient jdbc, String regime) {
        return jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, 'ASSESS-' || (coalesce(max(id), 0) + 1), 'Assessment test council',
                       'Cyngor prawf asesu', :regime FROM authority
                RETURNING id""").param("regime", regime).query(Long.class).single();
    }

    static long team(JdbcClient jdbc, long authority) {
        String code = "A" + unique().toUpperCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (:a, :code, :en, :cy, 'ADULTS', 'ALL', 2, 'test', 'test') RETURNING id""")
                .param("a", authority).param("code", code.length() > 20 ? code.substring(0, 20) : code)
                .param("en", "Team " + code).param("cy", "Tîm " + code).query(Long.class).single();
    }

    /** A social worker in post in the team (with an open posting), optionally with a sign-in username. */
    static long staff(JdbcClient jdbc, long authority, long team, String username) {
        long id = jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, hours_per_week, started_on,
                                   created_by, updated_by)
                VALUES (:a, :u, 'Nia', :f, 'SOCIAL_WORKER', :t, 37, DATE '2020-01-01', 'test', 'test') RETURNING id""")
                .param("a", authority).param("u", username).param("f", "Worker" + unique()).param("t", team)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by)
                VALUES (:a, :s, :t, DATE '2020-01-01', 37, 'test')""").param("a", authority).param("s", id).param("t", team).update();
        return id;
    }

    static long person(JdbcClient jdbc, long authority, LocalDate dateOfBirth) {
        String family = "Q" + unique();
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, search_key, created_by, updated_by)
                VALUES (:a, 'Elin', :f, :dob, 'FEMALE', lower('elin ' || :f), 'test', 'test') RETURNING id""")
                .param("a", authority).param("f", family).param("dob", dateOfBirth).query(Long.class).single();
    }

    static void restrict(JdbcClient jdbc, long person) {
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = :p").param("p", person).update();
    }

    /** Signs the demo user in on this thread (for calling services and publishing events outside a request). */
    static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The flash attributes of a redirect, for the next request (Spring Session does not read MockMvc's). */
    static RequestPostProcessor flash(MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        };
    }
}
