package cymru.gofal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People, teams, cases, completed assessments with needs, providers and offers for plan tests, written with SQL in
 * council 1 (the demo users' council, WALES_2016). Tests share one database, so every name is unique.
 */
final class PlanFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private PlanFixture() {
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
        String code = ("P" + unique().toUpperCase(java.util.Locale.ROOT));
        code = code.length() > 20 ? code.substring(0, 20) : code;
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (1, :code, :en, :cy, 'ADULTS', 'ALL', 2, 'test', 'test') RETURNING id""")
                .param("code", code).param("en", "Plans team " + code).param("cy", "Tîm cynlluniau " + code).query(Long.class).single();
    }

    static long person(JdbcClient jdbc, String family) {
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, search_key, created_by, updated_by)
                VALUES (1, 'Gwen', :f, DATE '1940-02-02', 'FEMALE', lower('gwen ' || :f), 'test', 'test') RETURNING id""")
                .param("f", family).query(Long.class).single();
    }

    static void restrict(JdbcClient jdbc, long person) {
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = :p").param("p", person).update();
    }

    /** A completed adult assessment of the person in the team, with the needs given (true = eligible). */
    static long assessment(JdbcClient jdbc, long person, long team, Long caredFor, boolean... eligible) {
        long id = jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, team_id, clock_start, due_on, rule_code,
                    started_on, completed_on, completed_by, status, created_by, updated_by)
                VALUES (1, :p, 'WALES_2016', 'ADULT_ASSESSMENT', :t, DATE '2026-01-05', DATE '2026-03-05', 'ADULT_ASSESSMENT',
                    DATE '2026-01-05', DATE '2026-01-20', 'test', 'COMPLETED', 'test', 'test') RETURNING id""")
                .param("p", person).param("t", team).query(Long.class).single();
        for (boolean e : eligible) {
            jdbc.sql("""
                    INSERT INTO assessment_need (authority_id, assessment_id, regime, domain_code, cause_code, ability_code,
                        outcome_code, eligible, reasoning, recorded_by)
                    VALUES (1, :a, 'WALES_2016', 'SELF_CARE', 'AGE', :ability, :outcome, :e, 'Needs help to wash and dress', 'test')""")
                    .param("a", id).param("ability", e ? "CANNOT" : "ALONE").param("outcome", e ? "ELIGIBLE" : "NOT_ELIGIBLE")
                    .param("e", e).update();
        }
        if (caredFor != null) {
            jdbc.sql("""
                    INSERT INTO carer_offer (authority_id, assessment_id, cared_for_person_id, carer_person_id, offered_on, offered_by,
                        response, responded_on, responded_by, carer_assessment_id)
                    VALUES (1, :a, :cf, :carer, DATE '2026-01-05', 'test', 'ACCEPTED', DATE '2026-01-05', 'test', :a)""")
                    .param("a", id).param("cf", caredFor).param("carer", person).update();
        }
        return id;
    }

    static long need(JdbcClient jdbc, long assessment, boolean eligible) {
        return jdbc.sql("SELECT id FROM assessment_need WHERE assessment_id = :a AND eligible = :e ORDER BY id LIMIT 1")
                .param("a", assessment).param("e", eligible).query(Long.class).single();
    }

    /** An open adult case of the person in the team, opened from the assessment. */
    static long openCase(JdbcClient jdbc, long person, long team, long assessment) {
        return jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, complexity, opened_on, opened_from,
                    assessment_id, created_by, updated_by)
                VALUES (1, :p, 'ADULTS', :t, 'LOW', DATE '2026-01-20', 'ASSESSMENT', :a, 'test', 'test') RETURNING id""")
                .param("p", person).param("t", team).param("a", assessment).query(Long.class).single();
    }

    static void closeCase(JdbcClient jdbc, long caseId, LocalDate on) {
        jdbc.sql("""
                UPDATE care_case SET closed_on = :on, closure_reason = 'OUTCOMES_MET', closure_summary = 'Outcomes met', closed_by = 'test'
                 WHERE id = :c""").param("on", on).param("c", caseId).update();
    }

    /** A provider (in-house or not) offering the service type at the unit cost from 2020 on. Answers the offer's id. */
    static long offer(JdbcClient jdbc, String type, String unit, String unitCost, boolean inHouse) {
        long provider = jdbc.sql("""
                INSERT INTO provider (authority_id, name, in_house, created_by, updated_by) VALUES (1, :n, :h, 'test', 'test') RETURNING id""")
                .param("n", "Provider " + unique()).param("h", inHouse).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO provider_service (authority_id, provider_id, service_type, unit, unit_cost, from_date, created_by, updated_by)
                VALUES (1, :p, :t, :u, :c, DATE '2020-01-01', 'test', 'test') RETURNING id""")
                .param("p", provider).param("t", type).param("u", unit).param("c", new BigDecimal(unitCost)).query(Long.class).single();
    }

    /** Audit rows of an action on a record about a person (audit rows are readable only by the database's owner). */
    static long audits(cymru.gofal.support.TestConfig.Superuser superuser, String action, String type, long id, long person) throws Exception {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = ? AND record_type = ? AND record_id = ? AND person_id = ?")) {
            st.setString(1, action);
            st.setString(2, type);
            st.setString(3, String.valueOf(id));
            st.setLong(4, person);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The flash attributes of a redirect, for the next request (Spring Session does not read MockMvc's). */
    static RequestPostProcessor flash(MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        };
    }

    /** A person with an open case and a completed assessment with one eligible and one ineligible need. */
    record Setup(long person, long team, long assessment, long caseId, long eligibleNeed, long ineligibleNeed) {

        static Setup create(JdbcClient jdbc) {
            long team = PlanFixture.team(jdbc);
            long person = PlanFixture.person(jdbc, "Plan" + unique());
            long assessment = PlanFixture.assessment(jdbc, person, team, null, true, false);
            long caseId = openCase(jdbc, person, team, assessment);
            return new Setup(person, team, assessment, caseId, need(jdbc, assessment, true), need(jdbc, assessment, false));
        }
    }
}
