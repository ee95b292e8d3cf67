package cymru.gofal.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cymru.gofal.planning.internal.ReviewDates;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleUnit;
import cymru.gofal.platform.calendar.Timescales;
import cymru.gofal.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review dates from the rules as the migrations load them (review_schedule chooses the rule; the rule engine dates
 * it), without Spring. Each test names the rule its dates come from.
 */
class ReviewDatesTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(new EnglandAndWalesHolidays(List.of()), Set.of());
    private static final ReviewDates.RuleEngine ENGINE = new Timescales(CALENDAR)::dueDate;

    static TimescaleRule first(String regime, String area) {
        return ReviewSeedRows.rule(regime, ReviewSeedRows.schedule(regime, area).orElseThrow().get(0));
    }

    static TimescaleRule subsequent(String regime, String area) {
        return ReviewSeedRows.rule(regime, ReviewSeedRows.schedule(regime, area).orElseThrow().get(1));
    }

    @Test
    void theScheduleChoosesTheAdultAndChildReviewRulesOfEachRegime() {
        assertThat(first("WALES_2007", "ADULTS").code()).isEqualTo("ADULT_REVIEW_FIRST");
        assertThat(subsequent("WALES_2016", "ADULTS").code()).isEqualTo("ADULT_REVIEW_SUBSEQUENT");
        assertThat(first("WALES_2007", "CHILDREN").code()).isEqualTo("CHILD_PLAN_REVIEW_FIRST");
        assertThat(subsequent("WALES_2016", "CHILDREN").code()).isEqualTo("CHILD_PLAN_REVIEW_SUBSEQUENT");
    }

    @Test
    void everyFirstReviewRuleStartsFromAnEventReviewsKnow() {
        for (String regime : List.of("WALES_2007", "WALES_2016")) {
            for (String area : List.of("ADULTS", "CHILDREN")) {
                TimescaleRule rule = first(regime, area);
                assertThat(ReviewDates.firstClockStart(rule, LocalDate.of(2026, 1, 5), null)).as(regime + " " + area)
                        .isEqualTo(LocalDate.of(2026, 1, 5));
            }
        }
    }

    @Test
    void adultReviewFirstWales2007IsThreeMonthsFromServicesStarting() {
        var due = ReviewDates.first(ENGINE, first("WALES_2007", "ADULTS"), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), null);
        assertThat(due.ruleCode()).isEqualTo("ADULT_REVIEW_FIRST");
        assertThat(due.clockStart()).isEqualTo("2026-02-16");
        assertThat(due.ruleDueOn()).isEqualTo("2026-05-16");
        assertThat(due.dueOn()).isEqualTo("2026-05-16");
    }

    @Test
    void adultReviewFirstWales2007StartsOnTheDayAgreedWhenThePlanHasNoServices() {
        var due = ReviewDates.first(ENGINE, first("WALES_2007", "ADULTS"), LocalDate.of(2026, 2, 2), null, null);
        assertThat(due.clockStart()).isEqualTo("2026-02-02");
        assertThat(due.dueOn()).isEqualTo("2026-05-02");
    }

    @Test
    void adultReviewFirstWales2016IsTwelveMonthsFromThePlanBeingAgreedWhateverServicesStart() {
        var due = ReviewDates.first(ENGINE, first("WALES_2016", "ADULTS"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 1), null);
        assertThat(due.ruleCode()).isEqualTo("ADULT_REVIEW_FIRST");
        assertThat(due.clockStart()).isEqualTo("2026-03-16");
        assertThat(due.dueOn()).isEqualTo("2027-03-16");
    }

    @Test
    void childPlanReviewFirstIsSixMonthsFromAgreementInBothRegimes() {
        for (String regime : List.of("WALES_2007", "WALES_2016")) {
            var due = ReviewDates.first(ENGINE, first(regime, "CHILDREN"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 1), null);
            assertThat(due.ruleCode()).isEqualTo("CHILD_PLAN_REVIEW_FIRST");
            assertThat(due.dueOn()).as(regime).isEqualTo("2026-09-16");
        }
    }

    @Test
    void thePlansOwnEarlierReviewDateMakesTheReviewDueThenButALaterOneDoesNot() {
        TimescaleRule adult2016 = first("WALES_2016", "ADULTS");
        var earlier = ReviewDates.first(ENGINE, adult2016, LocalDate.of(2026, 3, 16), null, LocalDate.of(2026, 9, 1));
        assertThat(earlier.ruleDueOn()).isEqualTo("2027-03-16");
        assertThat(earlier.dueOn()).isEqualTo("2026-09-01");
        var later = ReviewDates.first(ENGINE, adult2016, LocalDate.of(2026, 3, 16), null, LocalDate.of(2027, 6, 1));
        assertThat(later.dueOn()).isEqualTo("2027-03-16");
    }

    @Test
    void laterReviewsCountFromTheDayTheLastWasHeld() {
        var adult = ReviewDates.next(ENGINE, subsequent("WALES_2007", "ADULTS"), LocalDate.of(2026, 5, 20));
        assertThat(adult.ruleCode()).isEqualTo("ADULT_REVIEW_SUBSEQUENT");
        assertThat(adult.clockStart()).isEqualTo("2026-05-20");
        assertThat(adult.dueOn()).as("12 months from held").isEqualTo("2027-05-20");
        var child = ReviewDates.next(ENGINE, subsequent("WALES_2016", "CHILDREN"), LocalDate.of(2026, 5, 20));
        assertThat(child.ruleCode()).isEqualTo("CHILD_PLAN_REVIEW_SUBSEQUENT");
        assertThat(child.dueOn()).as("6 months from held").isEqualTo("2026-11-20");
    }

    @Test
    void monthsEndingOnADayTheTargetMonthLacksFallDueOnItsLastDay() {
        // ADULT_REVIEW_FIRST WALES_2007, 3 months from services starting on 30 November: February has no 30th.
        assertThat(ReviewDates.first(ENGINE, first("WALES_2007", "ADULTS"), LocalDate.of(2026, 11, 30), null, null).dueOn())
                .isEqualTo("2027-02-28");
        assertThat(ReviewDates.first(ENGINE, first("WALES_2007", "ADULTS"), LocalDate.of(2027, 11, 30), null, null).dueOn())
                .as("leap year").isEqualTo("2028-02-29");
        // CHILD_PLAN_REVIEW_FIRST WALES_2016, 6 months from agreement on 31 August.
        assertThat(ReviewDates.first(ENGINE, first("WALES_2016", "CHILDREN"), LocalDate.of(2026, 8, 31), null, null).dueOn())
                .isEqualTo("2027-02-28");
        // ADULT_REVIEW_SUBSEQUENT WALES_2016, 12 months from a review held on 29 February 2028.
        assertThat(ReviewDates.next(ENGINE, subsequent("WALES_2016", "ADULTS"), LocalDate.of(2028, 2, 29)).dueOn())
                .isEqualTo("2029-02-28");
    }

    @Test
    void aCouncilsOwnOneMonthRuleFromThirtyFirstJanuaryFallsDueOnTheLastDayOfFebruary() {
        TimescaleRule oneMonth = new TimescaleRule("WALES_2016", "COUNCIL_REVIEW_ONE_MONTH", "Review in a month", "Adolygiad mewn mis",
                "CARE_SUPPORT_PLAN_AGREED", 1, TimescaleUnit.MONTHS, "ADULT_REVIEW_HELD", "A council's own standard (test)", false);
        assertThat(ReviewDates.first(ENGINE, oneMonth, LocalDate.of(2027, 1, 31), null, null).dueOn()).isEqualTo("2027-02-28");
        assertThat(ReviewDates.first(ENGINE, oneMonth, LocalDate.of(2028, 1, 31), null, null).dueOn()).isEqualTo("2028-02-29");
    }

    @Test
    void aLaterAgreementBringsTheReviewForwardButNeverPutsItBack() {
        LocalDate due = LocalDate.of(2027, 3, 16);
        assertThat(ReviewDates.broughtForward(due, LocalDate.of(2026, 12, 1))).isEqualTo("2026-12-01");
        assertThat(ReviewDates.broughtForward(due, LocalDate.of(2027, 6, 1))).isEqualTo(due);
        assertThat(ReviewDates.broughtForward(due, null)).isEqualTo(due);
    }

    @Test
    void onANewCalendarAReviewDueByItsRuleFollowsTheRuleAndOneDueByThePlanKeepsItsDate() {
        LocalDate oldRule = LocalDate.of(2026, 10, 6);
        LocalDate newRule = LocalDate.of(2026, 10, 7);
        assertThat(ReviewDates.onNewCalendar(oldRule, oldRule, newRule)).isEqualTo(newRule);
        assertThat(ReviewDates.onNewCalendar(LocalDate.of(2026, 10, 1), oldRule, newRule)).isEqualTo("2026-10-01");
        assertThat(ReviewDates.onNewCalendar(LocalDate.of(2026, 10, 5), oldRule, LocalDate.of(2026, 10, 2)))
                .as("the rule's new date is earlier than the plan's").isEqualTo("2026-10-02");
    }

    @Test
    void aFirstRuleStartingFromAnEventReviewsDoNotKnowIsRefused() {
        TimescaleRule odd = ReviewSeedRows.rule("WALES_2007", "LAC_REVIEW_FIRST");
        assertThatThrownBy(() -> ReviewDates.firstClockStart(odd, LocalDate.of(2026, 1, 5), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BECAME_LOOKED_AFTER");
    }
}
