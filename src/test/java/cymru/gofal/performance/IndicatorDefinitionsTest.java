package cymru.gofal.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.performance.internal.Engine;
import cymru.gofal.performance.internal.Grid;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.IndicatorCatalogue;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seeded indicator against hand-made records with a known answer, in a council of its own. Each test names the
 * definition (domain.md section 2) it checks and includes records the definition leaves out, so a wrong filter fails.
 * The first quarter of 2021-22 (April to June 2021) is the period throughout.
 */
@IntegrationTest
class IndicatorDefinitionsTest {

    static final LocalDate FROM = LocalDate.of(2021, 4, 1);
    static final LocalDate TO = LocalDate.of(2021, 6, 30);
    static final LocalDate IN = LocalDate.of(2021, 5, 10);
    static final LocalDate BEFORE = LocalDate.of(2021, 3, 31);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Engine engine;
    @Autowired
    IndicatorCatalogue catalogue;

    Tally tally(PerformanceFixture f, String code) {
        return tally(f, code, FROM, TO);
    }

    Tally tally(PerformanceFixture f, String code, LocalDate from, LocalDate to) {
        Grid grid = engine.compute(f.council, List.of(catalogue.find(code).orElseThrow()), from, to, null);
        return grid.council(code, YearMonth.from(from), YearMonth.from(to));
    }

    String value(PerformanceFixture f, String code) {
        Indicator i = catalogue.find(code).orElseThrow();
        var v = tally(f, code).value(i);
        return v == null ? null : v.toPlainString();
    }

    @Test
    void scc006CountsChildrensReferralsDecidedByTheirDueDayOverThoseDecidedOrPastDue() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);   // in time
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(3), null);   // late
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), null, null);             // undecided, past due
        f.referral(t, f.adult(), "ADULTS", IN, null, IN, null);                           // adults: not counted
        f.referral(t, f.child(), "CHILDREN", BEFORE, BEFORE.plusDays(1), BEFORE.plusDays(1), null); // before the period
        assertThat(tally(f, "SCC/006")).isEqualTo(new Tally(1, 3));
        assertThat(value(f, "SCC/006")).isEqualTo("33.3");
    }

    @Test
    void scc010CountsChildrensReReferralsOverChildrensReferrals() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        long child = f.child();
        long first = f.referral(t, child, "CHILDREN", BEFORE, BEFORE.plusDays(1), BEFORE.plusDays(1), null);
        f.referral(t, child, "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), first);
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), null, null);
        f.referral(t, f.child(), "CHILDREN", IN.plusDays(7), IN.plusDays(8), IN.plusDays(8), null);
        long adult = f.adult();
        long adultFirst = f.referral(t, adult, "ADULTS", BEFORE, null, BEFORE, null);
        f.referral(t, adult, "ADULTS", IN, null, IN, adultFirst);                        // adults: not counted
        assertThat(tally(f, "SCC/010")).isEqualTo(new Tally(1, 4));
        assertThat(value(f, "SCC/010")).isEqualTo("25.0");
    }

    @Test
    void scc007SplitsReferralsGoingToInitialAssessmentByWhoTheyWereAllocatedTo() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        long qualified = f.staff(t, "SOCIAL_WORKER", true);
        long unregistered = f.staff(t, "SOCIAL_WORKER", false);
        long assistant = f.staff(t, "SOCIAL_WORK_ASSISTANT", false);
        for (Long staff : new Long[] {qualified, unregistered, assistant, null}) {
            long child = f.child();
            long r = f.referral(t, child, "CHILDREN", IN, IN.plusDays(1), IN, null);
            f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, child, r, staff, IN, IN.plusDays(9), null, null, null);
        }
        long child = f.child();
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, child, null, qualified, IN, IN.plusDays(9), null, null, null); // no referral
        long r = f.referral(t, child, "CHILDREN", IN, IN.plusDays(1), IN, null);
        f.assessment("WALES_2007", "CORE_ASSESSMENT", t, child, r, qualified, IN, IN.plusDays(49), null, null, null);      // not initial
        assertThat(tally(f, "SCC/007a")).isEqualTo(new Tally(1, 4));
        assertThat(tally(f, "SCC/007b")).isEqualTo(new Tally(2, 4));
        assertThat(tally(f, "SCC/007c")).isEqualTo(new Tally(1, 4));
    }

    @Test
    void scc008AndScc009CountAssessmentsCompletedInThePeriodByTheirDueDay() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        long s = f.staff(t, "SOCIAL_WORKER", true);
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(9), true, true);   // on the due day
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(10), true, true);  // a day late
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), null, null, null);              // open
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, BEFORE.minusDays(5), BEFORE, BEFORE, true, true);   // before
        f.assessment("WALES_2007", "CORE_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(49), IN.plusDays(20), true, false);
        f.assessment("WALES_2007", "CORE_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(49), IN.plusDays(49), true, false);
        f.assessment("WALES_2007", "CORE_ASSESSMENT", t, f.child(), null, s, IN.minusDays(40), IN, IN.plusDays(1), true, false);
        assertThat(tally(f, "SCC/008")).isEqualTo(new Tally(1, 2));
        assertThat(tally(f, "SCC/009")).isEqualTo(new Tally(2, 3));
        assertThat(value(f, "SCC/009")).isEqualTo("66.7");
    }

    @Test
    void scc011CountsInitialAssessmentsWhereTheChildWasSeenAndSeenAlone() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        long s = f.staff(t, "SOCIAL_WORKER", true);
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(2), true, true);
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(2), true, false);
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(2), false, false);
        f.assessment("WALES_2007", "INITIAL_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(9), IN.plusDays(2), null, null);
        f.assessment("WALES_2007", "CORE_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(49), IN.plusDays(2), true, true);
        assertThat(tally(f, "SCC/011a")).isEqualTo(new Tally(2, 4));
        assertThat(tally(f, "SCC/011b")).isEqualTo(new Tally(1, 4));
    }

    @Test
    void pm24AndCh012CountChildAssessmentsCompletedWithin42WorkingDays() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long s = f.staff(t, "SOCIAL_WORKER", true);
        for (int late = 0; late < 4; late++) {
            LocalDate due = IN.plusDays(30);
            f.assessment("WALES_2016", "CHILD_ASSESSMENT", t, f.child(), null, s, IN, due, late == 3 ? due.plusDays(1) : due, true, true);
        }
        f.assessment("WALES_2016", "CHILD_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(60), null, null, null);
        f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, s, IN, IN.plusDays(40), IN.plusDays(1), null, null);
        assertThat(tally(f, "PM24")).isEqualTo(new Tally(3, 4));
        assertThat(value(f, "PM24")).isEqualTo("75.0");
        assertThat(value(f, "CH/012")).isEqualTo("3");
    }

    @Test
    void pm23CountsAdultsGivenAdviceOrSignpostedWhoDidNotContactAgainWithinTheWindow() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long quiet = f.adult();
        f.turnedAside(t, quiet, "INFORMATION_ADVICE", IN);
        long back = f.adult();
        f.turnedAside(t, back, "SIGNPOSTED", IN);
        f.contact(t, back, "ADULTS", IN.plusMonths(2), "INFORMATION_ADVICE");          // came back within 6 months
        long lateBack = f.adult();
        f.turnedAside(t, lateBack, "INFORMATION_ADVICE", IN);
        f.contact(t, lateBack, "ADULTS", IN.plusMonths(8), "INFORMATION_ADVICE");      // came back after the window
        f.turnedAside(t, f.adult(), "NOT_ELIGIBLE", IN);                              // not advice or signposting
        f.turnedAside(t, f.child(), "INFORMATION_ADVICE", IN);                        // a child
        assertThat(tally(f, "PM23")).isEqualTo(new Tally(2, 3));
    }

    @Test
    void ad002CountsAdultsContactsEndingInAdviceOrSignposting() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        f.contact(t, f.adult(), "ADULTS", IN, "INFORMATION_ADVICE");
        f.contact(t, f.adult(), "ADULTS", IN, "SIGNPOSTED");
        f.contact(t, f.adult(), "ADULTS", IN, "NO_FURTHER_ACTION");
        f.contact(t, f.child(), "CHILDREN", IN, "INFORMATION_ADVICE");
        f.contact(t, f.adult(), "ADULTS", BEFORE, "INFORMATION_ADVICE");
        assertThat(value(f, "AD/002")).isEqualTo("2");
    }

    /** An adult's assessment of the person completed on the day given (by a staff member of the team). */
    static long adultAssessed(PerformanceFixture f, long team, long person, LocalDate completedOn) {
        return f.assessment("WALES_2016", "ADULT_ASSESSMENT", team, person, null, null, completedOn.minusDays(10), completedOn.plusDays(30),
                completedOn, null, null);
    }

    /** A carer's assessment of the carer; completedOn null = still open. */
    static long carerAssessed(PerformanceFixture f, long team, long carer, LocalDate startedOn, LocalDate completedOn) {
        return f.assessment("WALES_2016", "CARER_ASSESSMENT", team, carer, null, null, startedOn, startedOn.plusDays(40), completedOn, null, null);
    }

    @Test
    void sca018aCountsCarersNotAssessmentsSoBothCarersOfOneAdultCountAndAnOfferToOneIsNotTheOthers() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long adult = f.adult();
        long offered = f.adult();
        long notOffered = f.adult();
        f.carer(offered, adult);
        f.carer(notOffered, adult);
        long a = adultAssessed(f, t, adult, IN);
        f.carerOffer(a, adult, offered, IN, null);                                    // offered, not answered yet
        long former = f.adult();
        long formerlyCaredFor = f.adult();
        f.carer(former, formerlyCaredFor, LocalDate.of(2019, 1, 1), IN.minusDays(60));   // stopped caring before the assessment began
        adultAssessed(f, t, formerlyCaredFor, IN);
        adultAssessed(f, t, f.adult(), IN);                                            // no carer
        long child = f.child();
        f.carer(f.adult(), child);
        f.assessment("WALES_2016", "CHILD_ASSESSMENT", t, child, null, null, IN, IN.plusDays(40), IN, true, true); // a child's carer
        assertThat(tally(f, "SCA/018a")).isEqualTo(new Tally(1, 2));
        assertThat(value(f, "SCA/018a")).isEqualTo("50.0");
    }

    @Test
    void sca018aAndBCountACarerOfTwoAssessedAdultsOnce() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long carer = f.adult();
        long first = f.adult();
        long second = f.adult();
        f.carer(carer, first);
        f.carer(carer, second);
        long a = adultAssessed(f, t, first, IN);
        adultAssessed(f, t, second, IN.plusDays(3));                                   // no offer from this one
        f.carerOffer(a, first, carer, IN, carerAssessed(f, t, carer, IN, IN.plusDays(9)));
        assertThat(tally(f, "SCA/018a")).isEqualTo(new Tally(1, 1));
        assertThat(tally(f, "SCA/018b")).isEqualTo(new Tally(1, 1));
    }

    @Test
    void sca018bCountsCarersNotOffersSoACarerOfferedTwiceCountsOnceAndOneAssessedWithoutAnOfferCounts() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long twice = f.adult();                                                        // offered twice, assessed after the second
        long twiceFor = f.adult();
        f.carer(twice, twiceFor);
        long a1 = adultAssessed(f, t, twiceFor, IN);
        long a2 = adultAssessed(f, t, twiceFor, IN.plusDays(20));
        f.carerOffer(a1, twiceFor, twice, IN, null);
        f.carerOffer(a2, twiceFor, twice, IN.plusDays(20), carerAssessed(f, t, twice, IN.plusDays(20), IN.plusDays(30)));
        long open = f.adult();                                                         // offered and accepted, assessment still open
        long openFor = f.adult();
        f.carer(open, openFor);
        f.carerOffer(adultAssessed(f, t, openFor, IN), openFor, open, IN, carerAssessed(f, t, open, IN, null));
        long ownAccord = f.adult();                                                    // never offered, assessed at their own request
        long ownAccordFor = f.adult();
        f.carer(ownAccord, ownAccordFor);
        adultAssessed(f, t, ownAccordFor, IN);
        carerAssessed(f, t, ownAccord, IN, IN.plusDays(15));
        long unanswered = f.adult();                                                   // offered, no answer
        long unansweredFor = f.adult();
        f.carer(unanswered, unansweredFor);
        f.carerOffer(adultAssessed(f, t, unansweredFor, IN), unansweredFor, unanswered, IN, null);
        long neither = f.adult();
        long neitherFor = f.adult();
        f.carer(neither, neitherFor);
        adultAssessed(f, t, neitherFor, IN);
        assertThat(tally(f, "SCA/018a")).isEqualTo(new Tally(3, 5));
        assertThat(tally(f, "SCA/018b")).isEqualTo(new Tally(2, 5));
        assertThat(value(f, "SCA/018b")).isEqualTo("40.0");
    }

    @Test
    void sca018CountsACarerOncePerFinancialYearInTheMonthOfThatYearsFirstAssessmentWithThatYearsOffersAndAssessments() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long carer = f.adult();
        long caredFor = f.adult();
        f.carer(carer, caredFor);
        long march = adultAssessed(f, t, caredFor, LocalDate.of(2021, 3, 20));          // 2020-21
        f.carerOffer(march, caredFor, carer, LocalDate.of(2021, 3, 20), null);            // offered in 2020-21 only
        adultAssessed(f, t, caredFor, LocalDate.of(2021, 5, 10));                        // 2021-22, quarter 1
        adultAssessed(f, t, caredFor, LocalDate.of(2021, 8, 10));                        // 2021-22, quarter 2: not counted again
        carerAssessed(f, t, carer, LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 1));  // assessed in 2021-22, quarter 2
        LocalDate year1 = LocalDate.of(2020, 4, 1);
        LocalDate year2 = LocalDate.of(2021, 4, 1);
        assertThat(tally(f, "SCA/018a", year1, year2.minusDays(1))).isEqualTo(new Tally(1, 1));
        assertThat(tally(f, "SCA/018b", year1, year2.minusDays(1))).isEqualTo(new Tally(0, 1));
        assertThat(tally(f, "SCA/018a", year2, year2.plusYears(1).minusDays(1))).isEqualTo(new Tally(0, 1));
        assertThat(tally(f, "SCA/018b", year2, year2.plusYears(1).minusDays(1))).isEqualTo(new Tally(1, 1));
        assertThat(tally(f, "SCA/018b", FROM, TO)).isEqualTo(new Tally(1, 1));             // the year's assessment counts in quarter 1
        assertThat(tally(f, "SCA/018a", TO.plusDays(1), LocalDate.of(2021, 9, 30))).isEqualTo(new Tally(0, 0));
    }

    @Test
    void sca018CountsACarerInTheTeamOfTheFirstAssessmentOfTheYear() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long one = f.team();
        long two = f.team();
        long carer = f.adult();
        long first = f.adult();
        long second = f.adult();
        f.carer(carer, first);
        f.carer(carer, second);
        adultAssessed(f, two, second, IN.plusDays(1));
        adultAssessed(f, one, first, IN);
        Grid grid = engine.compute(f.council, List.of(catalogue.find("SCA/018a").orElseThrow()), FROM, TO, null);
        assertThat(grid.team("SCA/018a", one, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(0, 1));
        assertThat(grid.team("SCA/018a", two, YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(Tally.ZERO);
    }

    @Test
    void adultEligibilityMeasuresClassifyEachAssessmentByItsMostFavourableNeed() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long t = f.team();
        long s = f.staff(t, "SOCIAL_WORKER", true);
        long eligible = f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, s, IN, IN.plusDays(40), IN.plusDays(5), null, null);
        f.need(eligible, "NOT_ELIGIBLE");
        f.need(eligible, "ELIGIBLE");
        long otherwise = f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, s, IN, IN.plusDays(40), IN.plusDays(5), null, null);
        f.need(otherwise, "NEEDS_MET_OTHERWISE");
        f.need(otherwise, "NOT_ELIGIBLE");
        long not = f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, s, IN, IN.plusDays(4), IN.plusDays(5), null, null);
        f.need(not, "NOT_ELIGIBLE");
        f.assessment("WALES_2016", "ADULT_ASSESSMENT", t, f.adult(), null, s, IN, IN.plusDays(40), IN.plusDays(5), null, null);
        long child = f.assessment("WALES_2016", "CHILD_ASSESSMENT", t, f.child(), null, s, IN, IN.plusDays(40), IN.plusDays(5), true, true);
        f.need(child, "ELIGIBLE");
        assertThat(tally(f, "LOC/AD-ELIGIBLE")).isEqualTo(new Tally(1, 4));
        assertThat(value(f, "LOC/AD-MET-OTHERWISE")).isEqualTo("1");
        assertThat(value(f, "LOC/AD-NOT-ELIGIBLE")).isEqualTo("1");
        assertThat(tally(f, "LOC/AD-ASSESS-TIME")).isEqualTo(new Tally(3, 4));
    }

    @Test
    void everyIndicatorCountsInOnePassPerViewAndATeamSeesOnlyItsRows() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long one = f.team();
        long two = f.team();
        f.referral(one, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        f.referral(two, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(5), null);
        f.referral(two, f.child(), "CHILDREN", LocalDate.of(2021, 6, 2), LocalDate.of(2021, 6, 3), LocalDate.of(2021, 6, 3), null);
        Grid grid = engine.compute(f.council, catalogue.all(), FROM, TO, null);
        assertThat(grid.team("SCC/006", one, YearMonth.of(2021, 4), YearMonth.of(2021, 6))).isEqualTo(new Tally(1, 1));
        assertThat(grid.team("SCC/006", two, YearMonth.of(2021, 4), YearMonth.of(2021, 6))).isEqualTo(new Tally(1, 2));
        assertThat(grid.team("SCC/006", two, YearMonth.of(2021, 6), YearMonth.of(2021, 6))).isEqualTo(new Tally(1, 1));
        assertThat(grid.council("SCC/006", YearMonth.of(2021, 4), YearMonth.of(2021, 6))).isEqualTo(new Tally(2, 3));
        Grid teamOnly = engine.compute(f.council, catalogue.all(), FROM, TO, two);
        assertThat(teamOnly.council("SCC/006", YearMonth.of(2021, 4), YearMonth.of(2021, 6))).isEqualTo(new Tally(1, 2));
    }

    @Test
    void everyCouncilAtOnceGivesEachCouncilTheSameTalliesAsItsOwnPass() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(4), null);
        f.turnedAside(t, f.adult(), "INFORMATION_ADVICE", IN);
        var all = engine.computeAll(catalogue.all(), FROM, TO).get(f.council);
        Grid own = engine.compute(f.council, catalogue.all(), FROM, TO, null);
        for (Indicator i : catalogue.all()) {
            assertThat(all.council(i.code(), YearMonth.from(FROM), YearMonth.from(TO)))
                    .as(i.code()).isEqualTo(own.council(i.code(), YearMonth.from(FROM), YearMonth.from(TO)));
        }
        assertThat(all.council("SCC/006", YearMonth.from(FROM), YearMonth.from(TO))).isEqualTo(new Tally(1, 2));
    }
}
