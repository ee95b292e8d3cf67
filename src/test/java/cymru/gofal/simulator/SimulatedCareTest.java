package cymru.gofal.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.simulator.internal.CouncilLoader;
import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.LoadResult;
import cymru.gofal.simulator.internal.PopulationSpec;
import cymru.gofal.simulator.internal.WorkforceSpec;
import cymru.gofal.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated cases, plans and reviews, in each regime: reviews due by the rule engine, plan versions costed from
 * their own services, allocations carrying exactly the misfits the fit rules give, and the spread a manager needs to
 * see (workers who do not fit, need unmet for different lengths of time, reviews late and overdue).
 */
@IntegrationTest
class SimulatedCareTest {

    private static final LocalDate AS_OF = PopulationFixture.AS_OF;

    @Autowired
    CouncilLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TimescaleRules rules;

    @ParameterizedTest
    @ValueSource(strings = {"WALES_2016", "WALES_2007"})
    void casesPlansAndReviewsFollowTheRulesWithARealSpread(String regime) {
        long council = SimulatedCouncils.create(jdbc, regime);
        LoadResult result = loader.load(SimulatedCouncils.plan(council), made -> { });
        assertThat(result.cases()).isGreaterThan(100);
        assertThat(result.plans()).isGreaterThan(50);
        assertThat(result.reviews()).isGreaterThan(20);

        reviewsAreDueByTheRuleEngine(council, regime);
        versionsCostTheirPlannedServices(council);
        allocationsCarryTheMisfitsTheRulesGive(council);
        catalogueCoversEveryServiceType(council);
        theSpreadIsThere(council);
    }

    private void reviewsAreDueByTheRuleEngine(long council, String regime) {
        List<Object[]> rows = jdbc.sql("SELECT rule_code, clock_start, rule_due_on, due_on, regime FROM plan_review WHERE authority_id = ?")
                .param(council).query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)}).list();
        assertThat(rows).isNotEmpty();
        for (Object[] row : rows) {
            assertThat(row[4]).isEqualTo(regime);
            TimescaleRule rule = rules.rule(regime, (String) row[0]).orElseThrow();
            assertThat((LocalDate) row[2]).as(row[0] + " from " + row[1]).isEqualTo(rules.dueDate(council, rule, (LocalDate) row[1]));
            assertThat((LocalDate) row[3]).isBeforeOrEqualTo((LocalDate) row[2]);
        }
        assertThat(count("""
                SELECT count(*) FROM plan_review r JOIN care_plan p ON p.id = r.plan_id
                 WHERE r.authority_id = ? AND r.sequence = 1 AND (r.clock_start < p.first_agreed_on
                    OR r.rule_code NOT IN (SELECT first_rule FROM review_schedule s WHERE s.regime = r.regime))""", council))
                .as("first reviews by first_rule, their clocks from agreement or services").isZero();
        assertThat(count("""
                SELECT count(*) FROM plan_review r JOIN plan_review h ON h.plan_id = r.plan_id AND h.sequence = r.sequence - 1
                 WHERE r.authority_id = ? AND (h.status <> 'HELD' OR r.clock_start <> h.held_on
                    OR r.rule_code NOT IN (SELECT subsequent_rule FROM review_schedule s WHERE s.regime = r.regime))""", council))
                .as("later reviews by subsequent_rule from the day the last was held").isZero();
    }

    private void versionsCostTheirPlannedServices(long council) {
        JsonMapper json = JsonMapper.builder().build();
        List<Object[]> versions = jdbc.sql("""
                SELECT v.agreed_on, v.weekly_cost, v.annual_cost, v.content::text FROM plan_version v JOIN care_plan p ON p.id = v.plan_id
                 WHERE p.authority_id = ?""").param(council).query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class),
                        rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)}).list();
        assertThat(versions).isNotEmpty();
        for (Object[] v : versions) {
            LocalDate agreed = (LocalDate) v[0];
            JsonNode content = json.readTree((String) v[3]);
            BigDecimal weekly = BigDecimal.ZERO;
            for (JsonNode s : content.get("services")) {
                boolean running = !LocalDate.parse(s.get("startOn").asString()).isAfter(agreed)
                        && (s.get("endOn").isNull() || !LocalDate.parse(s.get("endOn").asString()).isBefore(agreed));
                if (s.get("status").asString().equals("PLANNED") && running) {
                    weekly = weekly.add(s.get("unitsPerWeek").decimalValue().multiply(s.get("unitCost").decimalValue()));
                }
            }
            assertThat((BigDecimal) v[1]).as(v[3].toString()).isEqualByComparingTo(weekly);
            assertThat((BigDecimal) v[2]).isEqualByComparingTo(weekly.multiply(BigDecimal.valueOf(52)));
            assertThat(content.has("outcomes") && content.has("support") && content.has("risks") && content.has("reviewOn")).isTrue();
        }
        assertThat(count("""
                SELECT count(*) FROM plan_service s JOIN care_plan p ON p.id = s.plan_id JOIN provider_service o ON o.id = s.provider_service_id
                 WHERE p.authority_id = ? AND (o.unit_cost <> s.unit_cost OR o.from_date > s.start_on OR o.to_date < s.start_on
                    OR o.service_type <> s.service_type OR o.provider_id <> s.provider_id)""", council))
                .as("planned services cost what the offer running on their start day cost").isZero();
    }

    private void allocationsCarryTheMisfitsTheRulesGive(long council) {
        Map<CaseFitCheck.Allocation, java.util.Set<String>> expected = new CaseFitCheck(jdbc, council).expected();
        assertThat(expected).isNotEmpty();
        expected.forEach((a, misfits) -> {
            assertThat(new TreeSet<>(a.misfits())).as("allocation " + a.id()).isEqualTo(misfits);
            assertThat(a.fits()).isEqualTo(misfits.isEmpty());
        });
        assertThat(count("""
                SELECT count(*) FROM case_allocation a JOIN care_case c ON c.id = a.case_id JOIN staff s ON s.id = a.staff_id
                  JOIN staff_role r ON r.code = s.role
                 WHERE c.authority_id = ? AND (NOT r.holds_cases OR s.left_on IS NOT NULL OR s.started_on > a.allocated_on)""", council))
                .as("allocated only to staff in post who hold cases").isZero();
    }

    private void catalogueCoversEveryServiceType(long council) {
        assertThat(count("SELECT count(*) FROM service_type t WHERE NOT EXISTS (SELECT 1 FROM provider_service s WHERE s.authority_id = ? "
                + "AND s.service_type = t.code AND s.to_date IS NULL)", council)).isZero();
        assertThat(count("SELECT count(*) FROM provider WHERE authority_id = ? AND in_house", council)).isPositive();
        assertThat(count("SELECT count(*) FROM provider WHERE authority_id = ? AND NOT in_house", council))
                .isGreaterThan(count("SELECT count(*) FROM provider WHERE authority_id = ? AND in_house", council));
        assertThat(count("SELECT count(*) FROM provider_service WHERE authority_id = ? AND to_date IS NOT NULL", council))
                .as("price changes").isPositive();
    }

    private void theSpreadIsThere(long council) {
        long fits = count("SELECT count(*) FROM case_allocation a JOIN care_case c ON c.id = a.case_id WHERE c.authority_id = ? AND a.fits", council);
        long misfits = count("SELECT count(*) FROM case_allocation a JOIN care_case c ON c.id = a.case_id WHERE c.authority_id = ? AND NOT a.fits", council);
        assertThat(misfits).as("allocations to workers who do not fit").isPositive();
        assertThat(fits).as("allocations to workers who fit").isPositive();
        assertThat(count("SELECT count(*) FROM care_case WHERE authority_id = ? AND staff_id IS NULL AND closed_on IS NULL", council))
                .as("unallocated").isPositive();
        assertThat(count("SELECT count(*) FROM case_allocation a JOIN care_case c ON c.id = a.case_id WHERE c.authority_id = ? "
                + "AND a.previous_staff_id IS NOT NULL", council)).as("reallocations").isPositive();
        assertThat(count("SELECT count(*) FROM case_transfer t JOIN care_case c ON c.id = t.case_id WHERE c.authority_id = ?", council))
                .as("transfers").isPositive();
        assertThat(count("SELECT count(*) FROM case_note WHERE authority_id = ? AND supersedes_id IS NOT NULL", council)).as("corrections").isPositive();
        assertThat(count("SELECT count(*) FROM case_note WHERE authority_id = ? AND significant", council)).as("chronology").isPositive();
        assertThat(count("SELECT count(DISTINCT opened_from) FROM care_case WHERE authority_id = ?", council)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM care_case WHERE authority_id = ? AND closed_on IS NOT NULL", council)).as("closed").isPositive();
        assertThat(count("""
                SELECT count(*) FROM care_plan p JOIN care_case c ON c.id = p.case_id
                 WHERE p.authority_id = ? AND c.closed_on IS NOT NULL AND (p.status <> 'ENDED'
                    OR EXISTS (SELECT 1 FROM plan_review r WHERE r.plan_id = p.id AND r.status = 'SCHEDULED')
                    OR EXISTS (SELECT 1 FROM unmet_need u WHERE u.plan_id = p.id AND u.resolved_on IS NULL))""", council))
                .as("closed cases' plans ended, reviews cancelled, unmet need resolved").isZero();
        assertThat(count("SELECT count(*) FROM care_plan WHERE authority_id = ? AND status = 'DRAFT'", council)).as("drafts").isPositive();
        assertThat(count("SELECT count(*) FROM care_plan WHERE authority_id = ? AND agreed_versions > 1", council)).as("re-agreed").isPositive();
        assertThat(count("SELECT count(*) FROM care_plan WHERE authority_id = ? AND kind = 'CARER_SUPPORT'", council)).as("carers' plans").isPositive();
        assertThat(count("SELECT count(*) FROM unmet_need WHERE authority_id = ? AND resolved_on IS NULL", council)).as("unmet").isPositive();
        assertThat(count("SELECT count(*) FROM unmet_need WHERE authority_id = ? AND resolution = 'MET'", council)).as("met later").isPositive();
        assertThat(count("SELECT count(*) FROM plan_review WHERE authority_id = ? AND status = 'SCHEDULED' AND due_on < ?", council, AS_OF))
                .as("overdue reviews").isPositive();
        assertThat(count("SELECT count(*) FROM plan_review WHERE authority_id = ? AND held_on > due_on", council)).as("held late").isPositive();
        assertThat(count("SELECT count(*) FROM plan_review WHERE authority_id = ? AND held_on <= due_on", council)).as("held on time").isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT decision FROM direct_payment WHERE authority_id = ?").param(council).query(String.class).list())
                .contains("ACCEPTED", "DECLINED");
        assertThat(count("SELECT count(*) FROM plan_outcome o JOIN care_plan p ON p.id = o.plan_id JOIN assessment_need n ON n.id = o.need_id "
                + "WHERE p.authority_id = ? AND (NOT n.eligible OR n.assessment_id <> p.assessment_id)", council))
                .as("outcomes meet the plan's assessment's eligible needs").isZero();
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}
