package cymru.gofal.simulator;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.simulator.internal.CouncilLoader;
import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.LoadResult;
import cymru.gofal.simulator.internal.PopulationSpec;
import cymru.gofal.simulator.internal.WorkforceSpec;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated year of getting help ends before the as-of day: a demo started at any time of that day shows no
 * contact, referral, decision, allocation, sign-off or check-back in the future, and no case, case note, plan,
 * agreement, unmet need, direct payment decision or review held in the future either.
 */
@IntegrationTest
class SimulatedActivityTimesTest {

    @Autowired
    CouncilLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nothingSimulatedHappensOnOrAfterTheStartOfTheAsOfDay() {
        LocalDate asOf = PopulationFixture.AS_OF;
        long council = jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1000, 'SIMACT-' || (coalesce(max(id), 0) + 1000), 'Simulated council',
                       'Cyngor efelychiedig', 'WALES_2016' FROM authority
                RETURNING id""").query(Long.class).single();
        var profile = CouncilProfiles.byCode("MTCBC");
        CouncilPlan plan = new CouncilPlan(council, "CUSTOM", new PopulationSpec(profile, 11, 3000, asOf, 3, List.of("practitioner"),
                List.of(ScalePlans.ACCESS_TEAM)), new WorkforceSpec(profile, 11, 60, asOf, ScalePlans.demoAccounts()));
        assertThat(loader.load(plan, made -> { }).outcome()).isEqualTo(LoadResult.Outcome.LOADED);
        Timestamp start = Timestamp.from(asOf.atStartOfDay(Dates.LONDON).toInstant());
        assertThat(count("SELECT count(*) FROM contact WHERE authority_id = :c", council, start)).isPositive();
        for (String sql : new String[] {
                "SELECT count(*) FROM contact WHERE authority_id = :c AND (received_at >= :t OR received_on >= :d)",
                "SELECT count(*) FROM referral WHERE authority_id = :c AND (received_at >= :t OR decided_at >= :t OR decided_on >= :d)",
                "SELECT count(*) FROM referral WHERE authority_id = :c AND decided_on <> CAST(decided_at AT TIME ZONE 'Europe/London' AS date)",
                "SELECT count(*) FROM assessment WHERE authority_id = :c AND (allocated_at >= :t OR signed_off_at >= :t OR completed_on >= :d)",
                "SELECT count(*) FROM turned_aside WHERE authority_id = :c AND (turned_aside_on >= :d OR checked_back_on >= :d)",
                "SELECT count(*) FROM care_case WHERE authority_id = :c AND (opened_on >= :d OR closed_on >= :d)",
                "SELECT count(*) FROM case_allocation a JOIN care_case k ON k.id = a.case_id WHERE k.authority_id = :c AND (a.allocated_at >= :t "
                        + "OR a.allocated_on >= :d)",
                "SELECT count(*) FROM case_transfer x JOIN care_case k ON k.id = x.case_id WHERE k.authority_id = :c AND x.transferred_at >= :t",
                "SELECT count(*) FROM case_note WHERE authority_id = :c AND (occurred_at >= :t OR recorded_at >= :t OR recorded_at < occurred_at)",
                "SELECT count(*) FROM care_plan WHERE authority_id = :c AND (first_agreed_on >= :d OR ended_on >= :d)",
                "SELECT count(*) FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.authority_id = :c AND v.agreed_on >= :d",
                "SELECT count(*) FROM unmet_need WHERE authority_id = :c AND (unmet_since >= :d OR resolved_on >= :d)",
                "SELECT count(*) FROM direct_payment WHERE authority_id = :c AND (offered_on >= :d OR decided_on >= :d)",
                "SELECT count(*) FROM plan_review WHERE authority_id = :c AND held_on >= :d"}) {
            assertThat(count(sql, council, start)).as(sql).isZero();
        }
    }

    private long count(String sql, long council, Timestamp start) {
        return jdbc.sql(sql).param("c", council).param("t", start).param("d", PopulationFixture.AS_OF).query(Long.class).single();
    }
}
