package cymru.gofal.simulator;

import java.time.LocalDate;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated year of getting help, in each regime: every due date is the rule engine's on the council's calendar,
 * the work shows the spread a real council has (late, missing, unallocated, not seen alone), and the same seed gives
 * the same activity.
 */
@IntegrationTest
class SimulatedActivityTest {

    private static final LocalDate AS_OF = PopulationFixture.AS_OF;

    @Autowired
    CouncilLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TimescaleRules rules;

    @ParameterizedTest
    @ValueSource(strings = {"WALES_2016", "WALES_2007"})
    void everyDueDateIsTheRuleEnginesAndTheWorkHasARealSpread(String regime) {
        long council = newCouncil(regime);
        LoadResult result = loader.load(plan(council), made -> { });
        assertThat(result.contacts()).isGreaterThan(600);
        assertThat(result.referrals()).isGreaterThan(300);
        assertThat(result.assessments()).isGreaterThan(200);

        dueDatesAreTheEngines(council, regime, "SELECT response_rule, received_on, response_due FROM referral WHERE authority_id = ?");
        dueDatesAreTheEngines(council, regime, """
                SELECT decision_rule, received_on, decision_due FROM referral WHERE authority_id = ? AND decision_rule IS NOT NULL""");
        dueDatesAreTheEngines(council, regime, "SELECT rule_code, clock_start, due_on FROM assessment WHERE authority_id = ?");
        dueDatesAreTheEngines(council, regime, """
                SELECT 'TURNED_ASIDE_CHECK_BACK', turned_aside_on, check_back_due FROM turned_aside WHERE authority_id = ?""");

        long childDecided = count("SELECT count(*) FROM referral WHERE authority_id = ? AND route = 'CHILDREN' AND decided_on IS NOT NULL", council);
        long childLate = count("""
                SELECT count(*) FROM referral WHERE authority_id = ? AND route = 'CHILDREN' AND decided_on > decision_due""", council);
        assertThat(childLate).as("children's referral decisions made late (SCC/006 below 100%)").isPositive()
                .isLessThan(childDecided / 3);
        assertThat(count("SELECT count(*) FROM referral WHERE authority_id = ? AND re_referral", council)).as("re-referrals").isPositive();
        assertThat(count("SELECT count(*) FROM assessment WHERE authority_id = ? AND completed_on > due_on", council))
                .as("assessments completed late").isPositive();
        assertThat(count("SELECT count(*) FROM assessment WHERE authority_id = ? AND completed_on IS NULL AND due_on < DATE '"
                + AS_OF + "'", council)).as("open and overdue").isPositive();
        assertThat(count("SELECT count(*) FROM assessment WHERE authority_id = ? AND completed_on IS NULL", council))
                .as("open work").isPositive();
        long childAssessed = count("SELECT count(*) FROM assessment a JOIN assessment_type t ON t.regime = a.regime AND t.code = a.type_code "
                + "WHERE a.authority_id = ? AND t.client_group = 'CHILD' AND a.completed_on IS NOT NULL", council);
        long seen = count("SELECT count(*) FROM assessment WHERE authority_id = ? AND child_seen", council);
        long alone = count("SELECT count(*) FROM assessment WHERE authority_id = ? AND child_seen_alone", council);
        assertThat(seen).as("children seen (SCC/011a)").isBetween(childAssessed * 7 / 10, childAssessed - 1);
        assertThat(alone).as("children seen alone (SCC/011b)").isPositive().isLessThan(seen);
        assertThat(count("SELECT count(*) FROM assessment_risk WHERE authority_id = ?", council)).as("risk tools used").isPositive()
                .isLessThan(result.assessments() / 2);
        assertThat(jdbc.sql("SELECT DISTINCT coalesce(response, 'PENDING') FROM carer_offer WHERE authority_id = ?").param(council)
                .query(String.class).list()).as("carers' assessments offered, accepted, declined, awaiting an answer")
                .containsExactlyInAnyOrder("ACCEPTED", "DECLINED", "PENDING");
        assertThat(jdbc.sql("SELECT DISTINCT origin FROM turned_aside WHERE authority_id = ?").param(council).query(String.class).list())
                .containsExactlyInAnyOrder("CONTACT", "REFERRAL", "ASSESSMENT");
        assertThat(count("SELECT count(*) FROM assessment_need WHERE authority_id = ? AND eligible", council)).isPositive();
        if (regime.equals("WALES_2007")) {
            assertThat(jdbc.sql("SELECT DISTINCT type_code FROM assessment WHERE authority_id = ?").param(council).query(String.class).list())
                    .contains("INITIAL_ASSESSMENT", "CORE_ASSESSMENT", "UAP_OVERVIEW", "CARER_ASSESSMENT");
            assertThat(count("SELECT count(*) FROM assessment_need WHERE authority_id = ? AND band_code IS NOT NULL", council)).isPositive();
        } else {
            assertThat(jdbc.sql("SELECT DISTINCT type_code FROM assessment WHERE authority_id = ?").param(council).query(String.class).list())
                    .containsExactlyInAnyOrder("CHILD_ASSESSMENT", "ADULT_ASSESSMENT", "CARER_ASSESSMENT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"WALES_2016"})
    void theSameSeedGivesTheSameActivityCasesPlansAndReviews(String regime) {
        long one = newCouncil(regime);
        long two = newCouncil(regime);
        loader.load(plan(one), made -> { });
        loader.load(plan(two), made -> { });
        assertThat(signature(two)).isEqualTo(signature(one));
    }

    /** What a council's activity looks like, without its ids: counts, dates and checksums per kind of row. */
    private List<String> signature(long council) {
        return List.of(
                jdbc.sql("SELECT count(*) || ':' || sum(received_on - DATE '2000-01-01') || ':' || string_agg(outcome, ',' ORDER BY received_at, outcome) "
                        + "FROM contact WHERE authority_id = ?").param(council).query(String.class).single(),
                jdbc.sql("SELECT count(*) || ':' || sum(response_due - received_on) || ':' || count(decided_on) FROM referral WHERE authority_id = ?")
                        .param(council).query(String.class).single(),
                jdbc.sql("SELECT count(*) || ':' || sum(due_on - clock_start) || ':' || count(completed_on) || ':' || count(staff_id) "
                        + "FROM assessment WHERE authority_id = ?").param(council).query(String.class).single(),
                jdbc.sql("SELECT count(*) || ':' || coalesce(sum(score), 0) FROM assessment_risk WHERE authority_id = ?").param(council)
                        .query(String.class).single(),
                one("SELECT count(*) || ':' || count(closed_on) || ':' || count(staff_id) || ':' || md5(string_agg(service_area || complexity "
                        + "|| opened_on || coalesce(closure_reason, '-'), ',' ORDER BY opened_on, service_area, complexity, closure_reason)) "
                        + "FROM care_case WHERE authority_id = ?", council),
                one("SELECT count(*) || ':' || count(*) FILTER (WHERE a.fits) || ':' || md5(string_agg(a.allocated_at::text || a.misfits::text, ',' "
                        + "ORDER BY a.allocated_at, a.misfits::text)) FROM case_allocation a JOIN care_case c ON c.id = a.case_id "
                        + "WHERE c.authority_id = ?", council),
                one("SELECT count(*) || ':' || count(*) FILTER (WHERE supersedes_id IS NOT NULL) FROM case_note WHERE authority_id = ?", council),
                one("SELECT count(*) || ':' || sum(agreed_versions) || ':' || md5(string_agg(kind || status || coalesce(review_on::text, '-'), ',' "
                        + "ORDER BY kind, status, review_on)) FROM care_plan WHERE authority_id = ?", council),
                one("SELECT count(*) || ':' || sum(v.weekly_cost) || ':' || md5(string_agg(v.agreed_on || ':' || v.annual_cost, ',' "
                        + "ORDER BY v.agreed_on, v.annual_cost)) FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.authority_id = ?",
                        council),
                one("SELECT count(*) || ':' || md5(string_agg(u.service_type || u.unmet_since || coalesce(u.resolution, '-'), ',' "
                        + "ORDER BY u.unmet_since, u.service_type, u.resolution)) FROM unmet_need u WHERE u.authority_id = ?", council),
                one("SELECT count(*) || ':' || coalesce(sum(weekly_amount), 0) || ':' || string_agg(decision, ',' ORDER BY offered_on, decision) "
                        + "FROM direct_payment WHERE authority_id = ?", council),
                one("SELECT count(*) || ':' || md5(string_agg(rule_code || clock_start || due_on || status || coalesce(held_on::text, '-'), ',' "
                        + "ORDER BY clock_start, rule_code, due_on, status, held_on)) FROM plan_review WHERE authority_id = ?", council));
    }

    private String one(String sql, long council) {
        return jdbc.sql(sql).param(council).query(String.class).single();
    }

    private void dueDatesAreTheEngines(long council, String regime, String sql) {
        List<Object[]> rows = jdbc.sql(sql).param(council)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)}).list();
        assertThat(rows).as(sql).isNotEmpty();
        for (Object[] row : rows) {
            TimescaleRule rule = rules.rule(regime, (String) row[0]).orElseThrow();
            assertThat((LocalDate) row[2]).as(row[0] + " started " + row[1]).isEqualTo(rules.dueDate(council, rule, (LocalDate) row[1]));
        }
    }

    private CouncilPlan plan(long council) {
        var profile = CouncilProfiles.byCode("MTCBC");
        return new CouncilPlan(council, "CUSTOM", new PopulationSpec(profile, 11, 3000, AS_OF, 0, List.of(), List.of()),
                new WorkforceSpec(profile, 11, 80, AS_OF, List.of()));
    }

    private long newCouncil(String regime) {
        return jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1000, 'SIMACT-' || (coalesce(max(id), 0) + 1000), 'Simulated council',
                       'Cyngor efelychiedig', :regime FROM authority
                RETURNING id""").param("regime", regime).query(Long.class).single();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
