package cymru.gofal.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.performance.internal.Engine;
import cymru.gofal.performance.internal.Grid;
import cymru.gofal.performance.internal.IndicatorCatalogue;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators over plans, carers' support plans and reviews (V18) against hand-made records with a known answer,
 * each in a council of its own, with records the definition leaves out so a wrong filter fails. The first quarter of
 * 2021-22 (April to June 2021) is the period, as in {@link IndicatorDefinitionsTest}.
 */
@IntegrationTest
class PlanIndicatorDefinitionsTest {

    static final LocalDate FROM = IndicatorDefinitionsTest.FROM;
    static final LocalDate TO = IndicatorDefinitionsTest.TO;
    static final LocalDate IN = IndicatorDefinitionsTest.IN;
    static final LocalDate BEFORE = IndicatorDefinitionsTest.BEFORE;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Engine engine;
    @Autowired
    IndicatorCatalogue catalogue;

    Tally tally(PerformanceFixture f, String code, LocalDate from, LocalDate to) {
        Grid grid = engine.compute(f.council, List.of(catalogue.find(code).orElseThrow()), from, to, null);
        return grid.council(code, YearMonth.from(from), YearMonth.from(to));
    }

    Tally tally(PerformanceFixture f, String code) {
        return tally(f, code, FROM, TO);
    }

    /** A new person with an open case in the team and a plan (agreed in 2020; endedOn null = live). */
    static long plan(PerformanceFixture f, PlanFixture p, long team, String area, LocalDate endedOn) {
        long person = area.equals("CHILDREN") ? f.child() : f.adult();
        long a = f.assessment("WALES_2016", area.equals("CHILDREN") ? "CHILD_ASSESSMENT" : "ADULT_ASSESSMENT", team, person, null, null,
                BEFORE.minusYears(1), BEFORE.minusYears(1), BEFORE.minusYears(1), null, null);
        return p.plan(p.careCase(team, person, area, a), a, null, BEFORE.minusYears(1), endedOn);
    }

    /** A carer (new adult) with a completed carer's assessment and a case; answers {carer, assessment, case}. */
    static long[] assessedCarer(PerformanceFixture f, PlanFixture p, long team, LocalDate completedOn) {
        long carer = f.adult();
        long a = f.assessment("WALES_2016", "CARER_ASSESSMENT", team, carer, null, null, completedOn.minusDays(20), completedOn.plusDays(20),
                completedOn, null, null);
        return new long[] {carer, a, p.careCase(team, carer, "ADULTS", a)};
    }

    @Test
    void sca007AndAdReviewTimeCountAdultsPlanReviewsFallingDueHeldByYearEndAndByTheDueDay() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", IN.minusDays(2));                    // on time
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", IN.plusDays(20));                    // late, in the year
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", LocalDate.of(2022, 4, 5));           // after 31 March 2022
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "SCHEDULED", null);                          // overdue
        p.review(plan(f, p, t, "ADULTS", IN.plusDays(30)), 1, IN, "CANCELLED", null);               // plan ended after it fell due
        p.review(plan(f, p, t, "ADULTS", IN.minusDays(5)), 1, IN, "CANCELLED", null);               // plan ended before: not due
        p.review(plan(f, p, t, "ADULTS", null), 1, BEFORE, "HELD", BEFORE);                         // due before the period
        p.review(plan(f, p, t, "CHILDREN", null), 1, IN, "HELD", IN);                               // a child's plan
        long[] carer = assessedCarer(f, p, t, BEFORE);
        p.review(p.plan(carer[2], carer[1], f.adult(), BEFORE, null), 1, IN, "HELD", IN);           // a carer's support plan
        assertThat(tally(f, "SCA/007")).isEqualTo(new Tally(2, 5));
        assertThat(tally(f, "LOC/AD-REVIEW-TIME")).isEqualTo(new Tally(1, 5));
    }

    @Test
    void sca007CountsAReviewNotYetDueOnlyOnceHeld() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        p.review(plan(f, p, t, "ADULTS", null), 1, today.plusDays(10), "HELD", today.minusDays(1));  // held early
        p.review(plan(f, p, t, "ADULTS", null), 1, today.plusDays(10), "SCHEDULED", null);          // not yet due
        assertThat(tally(f, "SCA/007", today, today.plusDays(20))).isEqualTo(new Tally(1, 1));
        assertThat(tally(f, "LOC/AD-REVIEW-TIME", today, today.plusDays(20))).isEqualTo(new Tally(1, 1));
    }

    @Test
    void scc016CountsChildrensPlanReviewsHeldByTheDueDayOverThoseHeldOrPastDue() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        p.review(plan(f, p, t, "CHILDREN", null), 1, IN, "HELD", IN);                               // on the due day
        p.review(plan(f, p, t, "CHILDREN", null), 1, IN, "HELD", IN.plusDays(1));                   // a day late
        p.review(plan(f, p, t, "CHILDREN", null), 1, IN, "SCHEDULED", null);                        // overdue
        p.review(plan(f, p, t, "CHILDREN", IN.plusDays(3)), 1, IN, "CANCELLED", null);              // missed, then plan ended
        p.review(plan(f, p, t, "CHILDREN", IN), 1, IN, "CANCELLED", null);                          // ended on the due day
        p.review(plan(f, p, t, "CHILDREN", null), 1, TO.plusDays(1), "HELD", TO);                   // due after the period
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", IN);                                 // an adult's plan
        assertThat(tally(f, "SCC/016")).isEqualTo(new Tally(1, 4));
    }

    @Test
    void reviewIndicatorsCountEachReviewInItsCasesTeam() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long one = f.team();
        long two = f.team();
        long adult = f.adult();
        long a = f.assessment("WALES_2016", "ADULT_ASSESSMENT", one, adult, null, null, BEFORE, BEFORE, BEFORE, null, null);
        p.review(p.plan(p.careCase(two, adult, "ADULTS", a), a, null, BEFORE, null), 1, IN, "HELD", IN);  // assessed in one, case in two
        p.review(plan(f, p, one, "ADULTS", null), 1, IN, "SCHEDULED", null);
        Grid grid = engine.compute(f.council, catalogue.all(), FROM, TO, null);
        assertThat(grid.team("SCA/007", two, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(1, 1));
        assertThat(grid.team("SCA/007", one, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(0, 1));
        assertThat(engine.compute(f.council, catalogue.all(), FROM, TO, two).council("LOC/AD-REVIEW-TIME", YearMonth.from(FROM),
                YearMonth.from(TO))).isEqualTo(new Tally(1, 1));
    }

    @Test
    void sca018cCountsCarersAssessedInThePeriodWithAPlannedServiceOfAnAgreedCarersPlanRunningAfterwards() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        long[] fromThis = assessedCarer(f, p, t, IN);                                               // plan from this assessment
        p.service(p.plan(fromThis[2], fromThis[1], f.adult(), IN.plusDays(3), null), "PLANNED", IN.plusDays(7), null);
        long[] running = assessedCarer(f, p, t, IN);                                                // earlier plan still running
        p.service(p.plan(running[2], running[1], f.adult(), BEFORE.minusYears(1), null), "PLANNED", BEFORE.minusYears(1), null);
        long[] onlyUnmet = assessedCarer(f, p, t, IN);
        p.service(p.plan(onlyUnmet[2], onlyUnmet[1], f.adult(), IN.plusDays(3), null), "UNMET", IN.plusDays(7), null);
        long[] draft = assessedCarer(f, p, t, IN);
        p.service(p.plan(draft[2], draft[1], f.adult(), null, null), "PLANNED", IN.plusDays(7), null);
        assessedCarer(f, p, t, IN);                                                                 // no plan
        long[] stopped = assessedCarer(f, p, t, IN);                                                // service stopped before
        p.service(p.plan(stopped[2], stopped[1], f.adult(), BEFORE.minusYears(1), null), "PLANNED", BEFORE.minusYears(1), IN.minusDays(10));
        long[] ownPlan = assessedCarer(f, p, t, IN);                                                // a plan for their own care
        p.service(p.plan(ownPlan[2], ownPlan[1], null, IN.plusDays(3), null), "PLANNED", IN.plusDays(7), null);
        long[] earlier = assessedCarer(f, p, t, BEFORE);                                            // assessed before the period
        p.service(p.plan(earlier[2], earlier[1], f.adult(), BEFORE, null), "PLANNED", BEFORE, null);
        f.assessment("WALES_2016", "CARER_ASSESSMENT", t, f.adult(), null, null, IN, IN.plusDays(40), null, null, null); // open
        f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, null, IN, IN.plusDays(40), IN, null, null);   // not a carer's
        assertThat(tally(f, "SCA/018c")).isEqualTo(new Tally(2, 7));
        assertThat(tally(f, "SCA/018c").value(catalogue.find("SCA/018c").orElseThrow()).toPlainString()).isEqualTo("28.6");
    }

    @Test
    void plansAgreedAndUnmetNeedsRecordedCountWhatHappenedInThePeriod() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        long adult = f.adult();
        long a = f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, adult, null, null, BEFORE, BEFORE, BEFORE, null, null);
        long agreed = p.plan(p.careCase(t, adult, "ADULTS", a), a, null, IN, null);
        long child = f.child();
        long c = f.assessment("WALES_2016", "CHILD_ASSESSMENT", t, child, null, null, BEFORE, BEFORE, BEFORE, null, null);
        p.plan(p.careCase(t, child, "CHILDREN", c), c, null, IN.plusDays(30), IN.plusDays(40));    // agreed, then ended
        long[] carer = assessedCarer(f, p, t, BEFORE);
        p.plan(carer[2], carer[1], f.adult(), IN, null);                                             // a carer's plan
        long draft = plan(f, p, t, "ADULTS", null);
        jdbc.sql("UPDATE care_plan SET status = 'DRAFT', agreed_versions = 0, first_agreed_on = NULL WHERE id = :id").param("id", draft).update();
        long older = plan(f, p, t, "ADULTS", null);                                                  // agreed in 2020
        assertThat(tally(f, "LOC/PLANS-AGREED")).isEqualTo(new Tally(3, 3));
        p.unmetNeed(agreed, IN, null);
        p.unmetNeed(agreed, IN.plusDays(3), IN.plusDays(9));                                         // since met
        p.unmetNeed(older, BEFORE, null);                                                            // arose before the period
        assertThat(tally(f, "LOC/UNMET-RECORDED").numerator()).isEqualTo(2);
    }
}
