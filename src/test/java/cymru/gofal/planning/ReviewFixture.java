package cymru.gofal.planning;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Councils, teams, people, cases and agreed plans for review tests, written with SQL as the other modules would have
 * written them (tests share one database, so every name is unique); {@link #agree} publishes PlanAgreed in a
 * transaction, signed in, as planning does when a plan version is agreed. Council 1 (the demo users') is WALES_2016.
 */
final class ReviewFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    final JdbcClient jdbc;
    final ApplicationEventPublisher events;
    final TransactionTemplate tx;
    final UserDetailsService users;

    ReviewFixture(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, UserDetailsService users) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.users = users;
    }

    static String unique() {
        long n = System.nanoTime() % 100_000_000L + SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n, 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    long council(String regime) {
        return jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, 'REVIEW-' || (coalesce(max(id), 0) + 1), 'Review test council', 'Cyngor prawf adolygu', :regime
                  FROM authority RETURNING id""").param("regime", regime).query(Long.class).single();
    }

    long team(long authority) {
        String code = "R" + unique().toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (:a, :code, :en, :cy, 'ADULTS', 'ALL', 2, 'test', 'test') RETURNING id""")
                .param("a", authority).param("code", code.length() > 20 ? code.substring(0, 20) : code)
                .param("en", "Reviews team " + code).param("cy", "Tîm adolygu " + code).query(Long.class).single();
    }

    long person(long authority, String given, LocalDate dateOfBirth) {
        String family = "Rv" + unique();
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, search_key, created_by, updated_by)
                VALUES (:a, :g, :f, :dob, 'FEMALE', lower(:g || ' ' || :f), 'test', 'test') RETURNING id""")
                .param("a", authority).param("g", given).param("f", family).param("dob", dateOfBirth).query(Long.class).single();
    }

    String name(long person) {
        return jdbc.sql("SELECT given_names || ' ' || family_name FROM person WHERE id = :p").param("p", person).query(String.class).single();
    }

    void restrict(long person) {
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = :p").param("p", person).update();
    }

    /** An open case of the person in the team (opened from a completed assessment), unallocated. */
    long openCase(long authority, long person, long team, String serviceArea, LocalDate openedOn) {
        long assessment = jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, team_id, clock_start, due_on, rule_code, completed_on,
                    completed_by, status, created_by, updated_by)
                VALUES (:a, :p, 'WALES_2016', 'CHILD_ASSESSMENT', :team, :on, :on, 'CHILD_ASSESSMENT', :on, 'test', 'COMPLETED', 'test', 'test')
                RETURNING id""").param("a", authority).param("p", person).param("team", team).param("on", openedOn)
                .query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, complexity, opened_on, opened_from, assessment_id,
                    created_by, updated_by)
                VALUES (:a, :p, :area, :team, 'LOW', :on, 'ASSESSMENT', :assessment, 'test', 'test') RETURNING id""")
                .param("a", authority).param("p", person).param("area", serviceArea).param("team", team).param("on", openedOn)
                .param("assessment", assessment).query(Long.class).single();
    }

    /** A care and support plan of the case, first agreed on {@code agreedOn}, as planning writes it. */
    long plan(long authority, long person, long caseId, LocalDate agreedOn, LocalDate reviewOn) {
        return jdbc.sql("""
                INSERT INTO care_plan (authority_id, person_id, case_id, kind, status, agreed_versions, first_agreed_on, review_on,
                    created_by, updated_by)
                VALUES (:a, :p, :c, 'CARE_AND_SUPPORT', 'AGREED', 1, :agreed, :review, 'test', 'test') RETURNING id""")
                .param("a", authority).param("p", person).param("c", caseId).param("agreed", agreedOn).param("review", reviewOn)
                .query(Long.class).single();
    }

    /** Publishes the agreement in a transaction, signed in as {@code username}, as planning does. */
    void agree(String username, long authority, long plan, long person, long caseId, String area, int version, LocalDate agreedOn,
            LocalDate earliestServiceStart, LocalDate reviewOn) {
        publish(username, new PlanAgreed(authority, plan, person, caseId, "CARE_AND_SUPPORT", area, version, agreedOn,
                earliestServiceStart, reviewOn));
    }

    void publish(String username, Object event) {
        signIn(username);
        try {
            tx.executeWithoutResult(s -> events.publishEvent(event));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A person with an agreed adult plan in council 1 in {@code team}; answers the plan id. */
    long agreedAdultPlan(long team, long person, LocalDate agreedOn, LocalDate reviewOn) {
        long caseId = openCase(1, person, team, "ADULTS", agreedOn.minusDays(30));
        long plan = plan(1, person, caseId, agreedOn, reviewOn);
        agree("practitioner", 1, plan, person, caseId, "ADULTS", 1, agreedOn, null, reviewOn);
        return plan;
    }

    /** The review of the plan with this sequence number. */
    Row review(long plan, int sequence) {
        return jdbc.sql("""
                SELECT id, rule_code, regime, clock_start, rule_due_on, due_on, status, version FROM plan_review
                 WHERE plan_id = :p AND sequence = :s""").param("p", plan).param("s", sequence)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8)))
                .optional().orElse(null);
    }

    record Row(long id, String rule, String regime, LocalDate clockStart, LocalDate ruleDueOn, LocalDate dueOn, String status, int version) {
    }

    /** Audit rows of a plan review with this action (read as the database superuser: the app role may only insert). */
    static int audited(cymru.gofal.support.TestConfig.Superuser superuser, long reviewId, String action, Long person) {
        try (var c = superuser.connect(); var s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE record_type = 'plan_review'"
                + " AND record_id = ? AND action = ? AND (CAST(? AS bigint) IS NULL OR person_id = ?)")) {
            s.setString(1, String.valueOf(reviewId));
            s.setString(2, action);
            s.setObject(3, person);
            s.setObject(4, person);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The flash attributes of a redirect, for the next request (Spring Session does not read MockMvc's). */
    static RequestPostProcessor flash(MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        };
    }
}
