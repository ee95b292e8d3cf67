package cymru.gofal.performance;

import java.time.LocalDate;

/**
 * Hand-made cases, plans, service lines, unmet needs and reviews for the indicators over plans, written with SQL into
 * the council of a {@link PerformanceFixture}. Only the columns the reporting views read are chosen.
 */
final class PlanFixture {

    private final PerformanceFixture f;
    private Long provider;

    PlanFixture(PerformanceFixture f) {
        this.f = f;
    }

    /** An open case of the person in the team (service area ADULTS or CHILDREN), opened from the assessment. */
    long careCase(long team, long person, String serviceArea, long assessment) {
        return f.jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, complexity, opened_on, opened_from, assessment_id,
                       created_by, updated_by)
                VALUES (:a, :p, :area, :t, 'LOW', DATE '2020-01-01', 'ASSESSMENT', :as, 'test', 'test') RETURNING id""")
                .param("a", f.council).param("p", person).param("area", serviceArea).param("t", team).param("as", assessment)
                .query(Long.class).single();
    }

    /** Closes the case on the day given, leaving its plans as they are (as records made before plans ended with their case). */
    void closeCase(long careCase, LocalDate closedOn) {
        f.jdbc.sql("""
                UPDATE care_case SET closed_on = :on, closure_reason = (SELECT min(code) FROM case_closure_reason),
                       closure_summary = 'Test', closed_by = 'test' WHERE id = :c""").param("on", closedOn).param("c", careCase).update();
    }

    /**
     * A plan of the case's person: caredFor null = a care and support plan, else a carer's support plan; firstAgreedOn
     * null = a draft; endedOn null = live.
     */
    long plan(long careCase, long assessment, Long caredFor, LocalDate firstAgreedOn, LocalDate endedOn) {
        String status = endedOn != null ? "ENDED" : firstAgreedOn != null ? "AGREED" : "DRAFT";
        return f.jdbc.sql("""
                INSERT INTO care_plan (authority_id, person_id, case_id, assessment_id, kind, cared_for_person_id, status, agreed_versions,
                       first_agreed_on, ended_on, end_reason, created_by, updated_by)
                SELECT :a, c.person_id, c.id, :as, CASE WHEN :cf::bigint IS NULL THEN 'CARE_AND_SUPPORT' ELSE 'CARER_SUPPORT' END, :cf::bigint,
                       :status, CASE WHEN :agreed::date IS NULL THEN 0 ELSE 1 END, :agreed, :ended,
                       CASE WHEN :ended::date IS NOT NULL THEN 'Test' END, 'test', 'test'
                  FROM care_case c WHERE c.id = :c RETURNING id""")
                .param("a", f.council).param("as", assessment).param("cf", caredFor).param("status", status).param("agreed", firstAgreedOn)
                .param("ended", endedOn).param("c", careCase).query(Long.class).single();
    }

    /** A review of the plan: status SCHEDULED, HELD (heldOn given) or CANCELLED; due on the day given. */
    long review(long plan, int sequence, LocalDate dueOn, String status, LocalDate heldOn) {
        return f.jdbc.sql("""
                INSERT INTO plan_review (authority_id, plan_id, sequence, regime, rule_code, clock_start, rule_due_on, due_on, status,
                       held_on, outcome, held_by, updated_by)
                VALUES (:a, :p, :seq, 'WALES_2016', 'ADULT_REVIEW_SUBSEQUENT', :due - 300, :due, :due, :status, :held,
                        CASE WHEN :held::date IS NOT NULL THEN 'CONTINUE' END, CASE WHEN :held::date IS NOT NULL THEN 'test' END, 'test')
                RETURNING id""")
                .param("a", f.council).param("p", plan).param("seq", sequence).param("due", dueOn).param("status", status).param("held", heldOn)
                .query(Long.class).single();
    }

    /** A service line of the plan: status PLANNED (from an in-house provider of the council) or UNMET; endOn null = open. */
    long service(long plan, String status, LocalDate startOn, LocalDate endOn) {
        Long provider = status.equals("PLANNED") ? provider() : null;
        return f.jdbc.sql("""
                INSERT INTO plan_service (plan_id, service_type, provider_id, in_house, unit, units_per_week, unit_cost, start_on, end_on, status)
                VALUES (:p, 'CARER_BREAK', :prov, :prov::bigint IS NOT NULL, 'SESSION', 2, 30, :start, :end, :status) RETURNING id""")
                .param("p", plan).param("prov", provider).param("start", startOn).param("end", endOn).param("status", status)
                .query(Long.class).single();
    }

    private long provider() {
        if (provider == null) {
            provider = f.jdbc.sql("""
                    INSERT INTO provider (authority_id, name, in_house, created_by, updated_by)
                    VALUES (:a, :n, TRUE, 'test', 'test') RETURNING id""").param("a", f.council).param("n", "Provider " + PerformanceFixture.unique())
                    .query(Long.class).single();
        }
        return provider;
    }

    /** An unmet need of the plan since the day given; resolvedOn null = still open. */
    void unmetNeed(long plan, LocalDate since, LocalDate resolvedOn) {
        f.jdbc.sql("""
                INSERT INTO unmet_need (authority_id, plan_id, service_type, units_per_week, reason, unmet_since, resolved_on, resolution,
                       recorded_by)
                VALUES (:a, :p, 'DOMICILIARY_CARE', 5, 'WAITING_LIST', :since, :res, CASE WHEN :res::date IS NOT NULL THEN 'MET' END, 'test')""")
                .param("a", f.council).param("p", plan).param("since", since).param("res", resolvedOn).update();
    }
}
