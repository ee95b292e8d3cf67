package cymru.gofal.performance;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-made records for indicator tests, written with SQL into a council of their own (tests share one database,
 * so each test class makes a new council and counts only its rows). Only the columns the reporting views read are
 * chosen; the rest are fixed valid values.
 */
final class PerformanceFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    final JdbcClient jdbc;
    final long council;

    private PerformanceFixture(JdbcClient jdbc, long council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** Records in the demo users' council (1), for tests through the API as a demo user. */
    static PerformanceFixture ofDemoCouncil(JdbcClient jdbc) {
        return new PerformanceFixture(jdbc, 1L);
    }

    PerformanceFixture(JdbcClient jdbc, String regime) {
        this.jdbc = jdbc;
        this.council = jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, 'PERF-' || (coalesce(max(id), 0) + 1), 'Performance test council',
                       'Cyngor prawf perfformiad', :regime FROM authority
                RETURNING id""").param("regime", regime).query(Long.class).single();
    }

    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT) + SEQ.incrementAndGet();
    }

    long team() {
        String code = ("P" + unique());
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (:a, :code, :code, :code, 'CHILDREN', 'ALL', 2, 'test', 'test') RETURNING id""")
                .param("a", council).param("code", code.length() > 20 ? code.substring(0, 20) : code).query(Long.class).single();
    }

    /** A member of staff in the team: role code, registered with Social Care Wales or not. */
    long staff(long team, String role, boolean registered) {
        return jdbc.sql("""
                INSERT INTO staff (authority_id, given_names, family_name, role, team_id, scw_registered, scw_registration_number,
                                   hours_per_week, started_on, created_by, updated_by)
                VALUES (:a, 'Nia', :f, :role, :t, :reg, CASE WHEN :reg THEN 'R1' END, 37, DATE '2015-01-01', 'test', 'test') RETURNING id""")
                .param("a", council).param("f", "W" + unique()).param("role", role).param("t", team).param("reg", registered)
                .query(Long.class).single();
    }

    long person(LocalDate dateOfBirth) {
        String family = "Perf" + unique();
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, search_key, created_by, updated_by)
                VALUES (:a, 'Elin', :f, :dob, 'FEMALE', lower('elin ' || :f), 'test', 'test') RETURNING id""")
                .param("a", council).param("f", family).param("dob", dateOfBirth).query(Long.class).single();
    }

    long child() {
        return person(LocalDate.of(2015, 6, 1));
    }

    long adult() {
        return person(LocalDate.of(1950, 6, 1));
    }

    /** A referral: children's referrals get a decision due day; decidedOn null = undecided. */
    long referral(long team, long person, String route, LocalDate receivedOn, LocalDate decisionDue, LocalDate decidedOn, Long previous) {
        boolean child = route.equals("CHILDREN");
        return jdbc.sql("""
                INSERT INTO referral (authority_id, person_id, source, route, priority, reason, received_at, received_on,
                       screening_team_id, response_rule, response_due, decision_rule, decision_due, re_referral, previous_referral_id,
                       outcome, assessment_team_id, decided_at, decided_on, decided_by, recorded_by)
                VALUES (:a, :p, 'GP', :route, 'STANDARD', 'Test', :on::timestamp AT TIME ZONE 'Europe/London', :on, :t,
                       'REFERRAL_RESPONSE_STANDARD', :on + 20, CASE WHEN :child THEN 'REFERRAL_DECISION' END, :due, :prev::bigint IS NOT NULL, :prev::bigint,
                       CASE WHEN :decided::date IS NOT NULL THEN 'ASSESSMENT' END, CASE WHEN :decided::date IS NOT NULL THEN :t END,
                       :decided::timestamp AT TIME ZONE 'Europe/London', :decided, CASE WHEN :decided::date IS NOT NULL THEN 'test' END, 'test')
                RETURNING id""")
                .param("a", council).param("p", person).param("route", route).param("on", receivedOn).param("t", team)
                .param("child", child).param("due", child ? decisionDue : null).param("prev", previous).param("decided", decidedOn)
                .query(Long.class).single();
    }

    /** An assessment of the type (regime's code); completedOn null = open; staffId null = unallocated. */
    long assessment(String regime, String type, long team, long person, Long referral, Long staffId, LocalDate clockStart, LocalDate dueOn,
            LocalDate completedOn, Boolean childSeen, Boolean seenAlone) {
        String status = completedOn != null ? "COMPLETED" : staffId == null ? "AWAITING_ALLOCATION" : "ALLOCATED";
        return jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, referral_id, team_id, staff_id, clock_start, due_on,
                       rule_code, completed_on, completed_by, child_seen, child_seen_alone, status, created_by, updated_by)
                VALUES (:a, :p, :regime, :type, :ref, :t, :s, :start, :due, (SELECT rule_code FROM assessment_type WHERE regime = :regime AND code = :type),
                       :done, CASE WHEN :done::date IS NOT NULL THEN 'test' END, :seen, :alone, :status, 'test', 'test')
                RETURNING id""")
                .param("a", council).param("p", person).param("regime", regime).param("type", type).param("ref", referral)
                .param("t", team).param("s", staffId).param("start", clockStart).param("due", dueOn).param("done", completedOn)
                .param("seen", childSeen).param("alone", seenAlone).param("status", status).query(Long.class).single();
    }

    /** A need on a WALES_2016 assessment with the eligibility outcome (ELIGIBLE, NEEDS_MET_OTHERWISE, NOT_ELIGIBLE). */
    void need(long assessment, String outcome) {
        jdbc.sql("""
                INSERT INTO assessment_need (authority_id, assessment_id, regime, domain_code, cause_code, ability_code, outcome_code,
                       eligible, reasoning, recorded_by)
                VALUES (:a, :as, 'WALES_2016', (SELECT min(code) FROM eligibility_domain WHERE regime = 'WALES_2016'),
                        (SELECT min(code) FROM eligibility_cause), (SELECT min(code) FROM eligibility_ability), :o,
                        (SELECT eligible FROM eligibility_outcome WHERE code = :o), 'Test', 'test')""")
                .param("a", council).param("as", assessment).param("o", outcome).update();
    }

    void carer(long carer, long caredFor) {
        carer(carer, caredFor, null, null);
    }

    /** A caring relationship from and to the days given (null = open-ended). */
    void carer(long carer, long caredFor, LocalDate from, LocalDate to) {
        jdbc.sql("""
                INSERT INTO person_relationship (authority_id, person_id, related_person_id, kind, from_date, to_date, created_by)
                VALUES (:a, :c, :p, 'CARER', :from, :to, 'test')""").param("a", council).param("c", carer).param("p", caredFor)
                .param("from", from).param("to", to).update();
    }

    /** A carer's assessment offered from an assessment; carerAssessment null = not accepted (yet). */
    void carerOffer(long assessment, long caredFor, long carer, LocalDate offeredOn, Long carerAssessment) {
        jdbc.sql("""
                INSERT INTO carer_offer (authority_id, assessment_id, cared_for_person_id, carer_person_id, offered_on, offered_by,
                       response, responded_on, responded_by, carer_assessment_id)
                VALUES (:a, :as, :p, :c, :on, 'test', CASE WHEN :ca::bigint IS NOT NULL THEN 'ACCEPTED' END,
                        CASE WHEN :ca::bigint IS NOT NULL THEN :on END, CASE WHEN :ca::bigint IS NOT NULL THEN 'test' END, :ca)""")
                .param("a", council).param("as", assessment).param("p", caredFor).param("c", carer).param("on", offeredOn)
                .param("ca", carerAssessment).update();
    }

    void contact(long team, long person, String route, LocalDate on, String outcome) {
        jdbc.sql("""
                INSERT INTO contact (authority_id, person_id, party, method, received_at, received_on, reason, route, outcome,
                       signposted_to, team_id, recorded_by)
                VALUES (:a, :p, 'SELF', 'PHONE', :on::timestamp AT TIME ZONE 'Europe/London', :on, 'Test', :route, :o,
                        CASE WHEN :o = 'SIGNPOSTED' THEN 'DEWIS' END, :t, 'test')""")
                .param("a", council).param("p", person).param("on", on).param("route", route).param("o", outcome).param("t", team).update();
    }

    void turnedAside(long team, long person, String outcome, LocalDate on) {
        jdbc.sql("""
                INSERT INTO turned_aside (authority_id, person_id, origin, origin_id, outcome, reason, signposted_to, turned_aside_on,
                       check_back_due, recorded_by, team_id)
                VALUES (:a, :p, 'CONTACT', nextval('turned_aside_id_seq') + 900000000, :o, 'Test',
                        CASE WHEN :o = 'SIGNPOSTED' THEN 'DEWIS' END, :on, :on + 90, 'test', :t)""")
                .param("a", council).param("p", person).param("o", outcome).param("on", on).param("t", team).update();
    }
}
