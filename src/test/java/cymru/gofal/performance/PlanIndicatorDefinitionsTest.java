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
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators over plans, carers' support plans and reviews (V18, SCA/007 as V26 counts it) against hand-made
 * records with a known answer, each in a council of its own, with records the definition leaves out so a wrong filter
 * fails. The first quarter of 2021-22 (April to June 2021) is the period, as in {@link IndicatorDefinitionsTest}; SCA/007
 * counts adults on 31 March, so its tests read the financial year 2021-22 (census 31 March 2022).
 */
@IntegrationTest
class PlanIndicatorDefinitionsTest {

    static final LocalDate FROM = IndicatorDefinitionsTest.FROM;
    static final LocalDate TO = IndicatorDefinitionsTest.TO;
    static final LocalDate IN = IndicatorDefinitionsTest.IN;
    static final LocalDate BEFORE = IndicatorDefinitionsTest.BEFORE;
    /** SCA/007 counts on 31 March: the financial year 2021-22 and days in it. */
    static final LocalDate YEAR_FROM = LocalDate.of(2021, 4, 1);
    static final LocalDate CENSUS = LocalDate.of(2022, 3, 31);
    static final LocalDate JUNE = LocalDate.of(2021, 6, 10);
    static final LocalDate DECEMBER = LocalDate.of(2021, 12, 10);

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

    /** A new adult with a completed assessment and an open case in the team; answers {person, assessment, case}. */
    static long[] adultCase(PerformanceFixture f, PlanFixture p, long team) {
        long person = f.adult();
        long a = f.assessment("WALES_2016", "ADULT_ASSESSMENT", team, person, null, null, BEFORE.minusYears(1), BEFORE.minusYears(1),
                BEFORE.minusYears(1), null, null);
        return new long[] {person, a, p.careCase(team, person, "ADULTS", a)};
    }

    /**
     * A new adult with two live care and support plans, the first (lower id) on a case in team {@code first} that was
     * closed leaving it live, the second on a case in team {@code second}; answers the two plan ids.
     */
    static long[] adultWithTwoLivePlans(PerformanceFixture f, PlanFixture p, long first, long second) {
        long[] one = adultCase(f, p, first);
        long plan1 = p.plan(one[2], one[1], null, BEFORE.minusYears(1), null);
        p.closeCase(one[2], LocalDate.of(2020, 6, 1));
        long plan2 = p.plan(p.careCase(second, one[0], "ADULTS", one[1]), one[1], null, LocalDate.of(2020, 6, 2), null);
        return new long[] {plan1, plan2};
    }

    /** A carer (new adult) with a completed carer's assessment and a case; answers {carer, assessment, case}. */
    static long[] assessedCarer(PerformanceFixture f, PlanFixture p, long team, LocalDate completedOn) {
        long carer = f.adult();
        long a = f.assessment("WALES_2016", "CARER_ASSESSMENT", team, carer, null, null, completedOn.minusDays(20), completedOn.plusDays(20),
                completedOn, null, null);
        return new long[] {carer, a, p.careCase(team, carer, "ADULTS", a)};
    }

    @Test
    void adReviewTimeCountsAdultsPlanReviewsFallingDueInThePeriodHeldByTheDueDay() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", IN.minusDays(2));                    // on time
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", IN.plusDays(20));                    // late
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "HELD", LocalDate.of(2022, 4, 5));           // late, after 31 March 2022
        p.review(plan(f, p, t, "ADULTS", null), 1, IN, "SCHEDULED", null);                          // overdue
        p.review(plan(f, p, t, "ADULTS", IN.plusDays(30)), 1, IN, "CANCELLED", null);               // plan ended after it fell due
        p.review(plan(f, p, t, "ADULTS", IN.minusDays(5)), 1, IN, "CANCELLED", null);               // plan ended before: not due
        p.review(plan(f, p, t, "ADULTS", null), 1, BEFORE, "HELD", BEFORE);                         // due before the period
        p.review(plan(f, p, t, "CHILDREN", null), 1, IN, "HELD", IN);                               // a child's plan
        long[] carer = assessedCarer(f, p, t, BEFORE);
        p.review(p.plan(carer[2], carer[1], f.adult(), BEFORE, null), 1, IN, "HELD", IN);           // a carer's support plan
        assertThat(tally(f, "LOC/AD-REVIEW-TIME")).isEqualTo(new Tally(1, 5));
    }

    @Test
    void adReviewTimeCountsAReviewNotYetDueOnlyOnceHeld() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        p.review(plan(f, p, t, "ADULTS", null), 1, today.plusDays(10), "HELD", today.minusDays(1));  // held early
        p.review(plan(f, p, t, "ADULTS", null), 1, today.plusDays(10), "SCHEDULED", null);          // not yet due
        assertThat(tally(f, "LOC/AD-REVIEW-TIME", today, today.plusDays(20))).isEqualTo(new Tally(1, 1));
    }

    @Test
    void sca007CountsEachAdultWithALivePlanOn31MarchOnceAndAsDoneWhenEveryReviewDueInTheYearWasHeldByThen() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long t = f.team();
        p.review(plan(f, p, t, "ADULTS", null), 1, JUNE, "HELD", JUNE.minusDays(5));                // held early: done
        p.review(plan(f, p, t, "ADULTS", null), 1, JUNE, "HELD", CENSUS.plusDays(5));               // held after 31 March: not done
        long twoDue = plan(f, p, t, "ADULTS", null);                                                // one of two due held: not done
        p.review(twoDue, 1, JUNE, "HELD", JUNE);
        p.review(twoDue, 2, DECEMBER, "SCHEDULED", null);
        long[] twoPlans = adultWithTwoLivePlans(f, p, t, t);                                        // counted once: both held, done
        p.review(twoPlans[0], 1, JUNE, "HELD", JUNE);
        p.review(twoPlans[1], 1, DECEMBER, "HELD", DECEMBER);
        long[] renewed = adultCase(f, p, t);                                                        // missed on a plan since ended
        p.review(p.plan(renewed[2], renewed[1], null, BEFORE.minusYears(1), LocalDate.of(2021, 8, 1)), 1, JUNE, "CANCELLED", null);
        p.review(p.plan(renewed[2], renewed[1], null, LocalDate.of(2021, 9, 1), null), 1, CENSUS.plusDays(60), "SCHEDULED", null);
        p.review(plan(f, p, t, "ADULTS", LocalDate.of(2022, 2, 1)), 1, JUNE, "HELD", JUNE);         // plan ended before 31 March
        p.review(plan(f, p, t, "ADULTS", CENSUS), 1, JUNE, "HELD", JUNE);                           // plan ended on 31 March
        p.review(plan(f, p, t, "ADULTS", null), 1, LocalDate.of(2021, 3, 1), "HELD", LocalDate.of(2021, 4, 20)); // due the year before
        p.review(plan(f, p, t, "ADULTS", null), 1, CENSUS.plusDays(30), "SCHEDULED", null);         // nothing due in the year
        p.review(plan(f, p, t, "CHILDREN", null), 1, JUNE, "HELD", JUNE);                           // a child's plan
        long[] carer = assessedCarer(f, p, t, BEFORE);
        p.review(p.plan(carer[2], carer[1], f.adult(), BEFORE, null), 1, JUNE, "SCHEDULED", null);  // a carer's support plan
        assertThat(tally(f, "SCA/007", YEAR_FROM, CENSUS)).isEqualTo(new Tally(2, 5));
        assertThat(tally(f, "SCA/007", YEAR_FROM, CENSUS).value(catalogue.find("SCA/007").orElseThrow()).toPlainString()).isEqualTo("40.0");
        assertThat(tally(f, "SCA/007", LocalDate.of(2022, 1, 1), CENSUS)).isEqualTo(new Tally(2, 5));  // the fourth quarter
        assertThat(tally(f, "SCA/007", FROM, TO)).isEqualTo(Tally.ZERO);                            // other quarters: no value
        assertThat(tally(f, "SCA/007", YEAR_FROM.minusYears(1), CENSUS.minusYears(1))).isEqualTo(new Tally(0, 1)); // 2020-21
    }

    @Test
    void sca007CountsAnAdultWithTwoLivePlansInTheCaseTeamOfTheLowestPlan() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        long one = f.team();
        long two = f.team();
        long[] plans = adultWithTwoLivePlans(f, p, one, two);
        p.review(plans[0], 1, JUNE, "HELD", JUNE);
        p.review(plans[1], 1, JUNE, "SCHEDULED", null);
        Grid grid = engine.compute(f.council, List.of(catalogue.find("SCA/007").orElseThrow()), YEAR_FROM, CENSUS, null);
        assertThat(grid.team("SCA/007", one, YearMonth.from(YEAR_FROM), YearMonth.from(CENSUS))).isEqualTo(new Tally(0, 1));
        assertThat(grid.team("SCA/007", two, YearMonth.from(YEAR_FROM), YearMonth.from(CENSUS))).isEqualTo(Tally.ZERO);
    }

    @Test
    void sca007CountsOnlyThe31MarchesThatHaveCome() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        var p = new PlanFixture(f);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Period year = Period.yearOf(today.plusDays(1));                                             // its 31 March is still to come
        long plan = plan(f, p, f.team(), "ADULTS", null);
        LocalDate lastYearsDue = year.start().minusMonths(10);
        p.review(plan, 1, lastYearsDue, "HELD", lastYearsDue);
        p.review(plan, 2, year.start(), "HELD", today.isBefore(year.start()) ? today : year.start());
        assertThat(tally(f, "SCA/007", year.start().minusYears(1), year.start().minusDays(1))).isEqualTo(new Tally(1, 1));
        assertThat(tally(f, "SCA/007", year.start(), year.end())).isEqualTo(Tally.ZERO);
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
        assertThat(grid.team("LOC/AD-REVIEW-TIME", two, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(1, 1));
        assertThat(grid.team("LOC/AD-REVIEW-TIME", one, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(0, 1));
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
