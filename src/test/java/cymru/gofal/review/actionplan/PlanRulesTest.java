package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static cymru.gofal.review.actionplan.PlanStatus.COMPLETE;
import static cymru.gofal.review.actionplan.PlanStatus.DROPPED;
import static cymru.gofal.review.actionplan.PlanStatus.IN_PROGRESS;
import static cymru.gofal.review.actionplan.PlanStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The action plan's domain rules, without Spring: status moves, overdue, direction by polarity, periods. */
class PlanRulesTest {

    @Test
    void aLineNotStartedMayMoveToAnyStatus() {
        assertThat(NOT_STARTED.canMoveTo(IN_PROGRESS)).isTrue();
        assertThat(NOT_STARTED.canMoveTo(COMPLETE)).isTrue();
        assertThat(NOT_STARTED.canMoveTo(DROPPED)).isTrue();
    }

    @Test
    void aLineInProgressMovesOnlyForwardAndACompleteOneOnlyReopens() {
        assertThat(IN_PROGRESS.canMoveTo(NOT_STARTED)).isFalse();
        assertThat(IN_PROGRESS.canMoveTo(COMPLETE)).isTrue();
        assertThat(IN_PROGRESS.canMoveTo(DROPPED)).isTrue();
        assertThat(COMPLETE.canMoveTo(IN_PROGRESS)).isTrue();
        assertThat(COMPLETE.canMoveTo(NOT_STARTED)).isFalse();
        assertThat(COMPLETE.canMoveTo(DROPPED)).isFalse();
    }

    @Test
    void aDroppedLineStaysDropped() {
        for (PlanStatus s : PlanStatus.values()) {
            assertThat(DROPPED.canMoveTo(s)).isEqualTo(s == DROPPED);
        }
    }

    @Test
    void overdueOnlyWhenTheDueDayHasPassedAndTheLineIsStillOpen() {
        LocalDate due = LocalDate.of(2008, 3, 31);
        assertThat(NOT_STARTED.overdue(due, due)).isFalse();
        assertThat(NOT_STARTED.overdue(due, due.plusDays(1))).isTrue();
        assertThat(IN_PROGRESS.overdue(due, due.plusDays(1))).isTrue();
        assertThat(COMPLETE.overdue(due, due.plusYears(1))).isFalse();
        assertThat(DROPPED.overdue(due, due.plusYears(1))).isFalse();
    }

    @Test
    void aHigherValueIsAnImprovementOnlyWhenHigherIsBetter() {
        assertThat(Direction.of("HIGHER_IS_BETTER", new BigDecimal("60.0"), new BigDecimal("72.5"))).isEqualTo(Direction.IMPROVED);
        assertThat(Direction.of("LOWER_IS_BETTER", new BigDecimal("60.0"), new BigDecimal("72.5"))).isEqualTo(Direction.WORSE);
        assertThat(Direction.of("HIGHER_IS_BETTER", new BigDecimal("72.5"), new BigDecimal("60"))).isEqualTo(Direction.WORSE);
        assertThat(Direction.of("LOWER_IS_BETTER", new BigDecimal("72.5"), new BigDecimal("60"))).isEqualTo(Direction.IMPROVED);
    }

    @Test
    void equalValuesAreNoChangeAndAMissingFigureIsNotKnown() {
        assertThat(Direction.of("HIGHER_IS_BETTER", new BigDecimal("50.0"), new BigDecimal("50"))).isEqualTo(Direction.SAME);
        assertThat(Direction.of("LOWER_IS_BETTER", null, new BigDecimal("50"))).isEqualTo(Direction.UNKNOWN);
        assertThat(Direction.of("LOWER_IS_BETTER", new BigDecimal("50"), null)).isEqualTo(Direction.UNKNOWN);
    }

    @Test
    void aTargetIsMetAtOrBeyondItInTheIndicatorsDirection() {
        assertThat(Direction.meets("HIGHER_IS_BETTER", new BigDecimal("80"), new BigDecimal("80.0"))).isTrue();
        assertThat(Direction.meets("HIGHER_IS_BETTER", new BigDecimal("79.9"), new BigDecimal("80"))).isFalse();
        assertThat(Direction.meets("LOWER_IS_BETTER", new BigDecimal("5"), new BigDecimal("8"))).isTrue();
        assertThat(Direction.meets("LOWER_IS_BETTER", new BigDecimal("9"), new BigDecimal("8"))).isFalse();
        assertThat(Direction.meets("LOWER_IS_BETTER", null, new BigDecimal("8"))).isNull();
    }

    @Test
    void theQuarterAtTheReviewIsTheLastCompleteOnItsDay() {
        assertThat(FinancialPeriods.lastCompleteQuarter(LocalDate.of(2007, 4, 1)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 3, 31)));
        assertThat(FinancialPeriods.lastCompleteQuarter(LocalDate.of(2007, 3, 31)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 3, 31)));
        assertThat(FinancialPeriods.lastCompleteQuarter(LocalDate.of(2026, 8, 15)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(FinancialPeriods.quarterOf(LocalDate.of(2026, 12, 31)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theFinancialYearToDateStartsOnTheFirstOfApril() {
        assertThat(FinancialPeriods.yearToDate(LocalDate.of(2027, 2, 10)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 2, 10)));
        assertThat(FinancialPeriods.yearToDate(LocalDate.of(2026, 4, 1)))
                .isEqualTo(new FinancialPeriods.Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void evidenceLinksAreAbsoluteWebAddresses() {
        assertThat(ProgressChecks.link("https://www.merthyr.gov.uk/plan.pdf")).isTrue();
        assertThat(ProgressChecks.link("http://intranet/qa")).isTrue();
        assertThat(ProgressChecks.link("javascript:alert(1)")).isFalse();
        assertThat(ProgressChecks.link("https:///nohost")).isFalse();
        assertThat(ProgressChecks.link("ftp://x.org/a")).isFalse();
    }
}
