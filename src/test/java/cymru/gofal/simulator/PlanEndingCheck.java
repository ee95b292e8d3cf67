package cymru.gofal.simulator;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks, from the tables alone, that a council's simulated plans end as the planning module ends them on day D:
 * end_reason is {@code CASE_CLOSED <the case's closure reason>} (the case closed on D) or {@code REVIEW <outcome>}
 * (a review held on D with an outcome that ends plans); no service line of the plan starts after D or runs past it;
 * an accepted direct payment ends on the later of D and its start, one still offered ends on D, and direct payments
 * of plans not ended have not ended. Unmet lines carry no cost and their service type's default unit.
 */
final class PlanEndingCheck {

    private final JdbcClient jdbc;
    private final long council;

    PlanEndingCheck(JdbcClient jdbc, long council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    void check() {
        assertThat(count("""
                SELECT count(*) FROM care_plan p JOIN care_case c ON c.id = p.case_id
                 WHERE p.authority_id = ? AND p.status = 'ENDED'
                   AND NOT (p.end_reason = 'CASE_CLOSED ' || c.closure_reason AND c.closed_on = p.ended_on)
                   AND NOT EXISTS (SELECT 1 FROM plan_review r JOIN review_outcome o ON o.code = r.outcome
                                    WHERE r.plan_id = p.id AND r.held_on = p.ended_on AND o.ends_plan
                                      AND p.end_reason = 'REVIEW ' || o.code)"""))
                .as("end_reason in the planning module's codes, matching the closure or the review").isZero();
        assertThat(count("SELECT count(*) FROM care_plan WHERE authority_id = ? AND status = 'ENDED' AND end_reason LIKE 'CASE_CLOSED %'"))
                .as("plans ended by case closure").isPositive();
        assertThat(count("SELECT count(*) FROM care_plan WHERE authority_id = ? AND status = 'ENDED' AND end_reason LIKE 'REVIEW %'"))
                .as("plans ended by a review").isPositive();
        assertThat(count("""
                SELECT count(*) FROM plan_service s JOIN care_plan p ON p.id = s.plan_id
                 WHERE p.authority_id = ? AND p.status = 'ENDED' AND (s.start_on > p.ended_on OR s.end_on IS NULL OR s.end_on > p.ended_on)"""))
                .as("ended plans' lines: none not started, none running past the end").isZero();
        assertThat(count("""
                SELECT count(*) FROM plan_service s JOIN care_plan p ON p.id = s.plan_id
                 WHERE p.authority_id = ? AND p.status = 'ENDED' AND s.end_on = p.ended_on""")).as("lines ended with their plan").isPositive();
        assertThat(count("""
                SELECT count(*) FROM direct_payment d JOIN care_plan p ON p.id = d.plan_id
                 WHERE d.authority_id = ? AND d.ended_on IS DISTINCT FROM CASE
                       WHEN p.status <> 'ENDED' OR d.decision = 'DECLINED' THEN NULL
                       WHEN d.decision = 'ACCEPTED' THEN greatest(p.ended_on, d.start_on)
                       ELSE p.ended_on END"""))
                .as("direct payments end with their plan: accepted on the later of the end and their start, offered on the end").isZero();
        assertThat(count("SELECT count(*) FROM direct_payment WHERE authority_id = ? AND decision = 'ACCEPTED' AND ended_on IS NOT NULL"))
                .as("accepted direct payments ended with their plan").isPositive();
        assertThat(count("""
                SELECT count(*) FROM plan_service s JOIN care_plan p ON p.id = s.plan_id JOIN service_type t ON t.code = s.service_type
                 WHERE p.authority_id = ? AND s.status = 'UNMET'
                   AND (s.unit_cost <> 0 OR s.unit <> t.default_unit OR s.provider_id IS NOT NULL)"""))
                .as("unmet lines: no provider, no cost, the type's default unit").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(council).query(Long.class).single();
    }
}
