package cymru.gofal.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a year-to-date value is judged against the year's target: a count part-way through the year against the
 * target pro rata to the days gone (on track / not on track), a percentage and a finished year against the target.
 */
class StatusTest {

    static final Period YEAR = Period.yearOf(LocalDate.of(2026, 4, 1));
    /** 1 October 2026: day 184 of the 365 days of 2026-27. */
    static final LocalDate MID_YEAR = LocalDate.of(2026, 10, 1);

    @Test
    void aCountHalfWayThroughTheYearAtHalfTheYearsTargetIsOnTrackNotOffTarget() {
        Status.Judgement j = Status.of(indicator("COUNT", "HIGHER_IS_BETTER"), new BigDecimal("61"), new BigDecimal("120"), YEAR, MID_YEAR);
        assertThat(j.status()).isEqualTo(Status.ON_TRACK);
        assertThat(j.rule()).isEqualTo(Status.Rule.PRO_RATA);
        assertThat(j.comparedWith()).isEqualByComparingTo("60.5");
        assertThat(j.daysGone()).isEqualTo(184);
        assertThat(j.days()).isEqualTo(365);
    }

    @Test
    void aCountBelowThePartYearShareOfTheTargetIsNotOnTrack() {
        Status.Judgement j = Status.of(indicator("COUNT", "HIGHER_IS_BETTER"), new BigDecimal("60"), new BigDecimal("120"), YEAR, MID_YEAR);
        assertThat(j.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aLowerIsBetterCountIsJudgedAgainstTheSameShare() {
        Indicator unmet = indicator("COUNT", "LOWER_IS_BETTER");
        assertThat(Status.of(unmet, new BigDecimal("30"), new BigDecimal("50"), YEAR, MID_YEAR).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(Status.of(unmet, new BigDecimal("25"), new BigDecimal("50"), YEAR, MID_YEAR).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aCountOfAYearThatHasEndedIsJudgedAgainstTheWholeTarget() {
        Status.Judgement j = Status.of(indicator("COUNT", "HIGHER_IS_BETTER"), new BigDecimal("119"), new BigDecimal("120"), YEAR,
                LocalDate.of(2027, 4, 1));
        assertThat(j.status()).isEqualTo(Status.OFF_TARGET);
        assertThat(j.rule()).isEqualTo(Status.Rule.WHOLE_PERIOD);
        assertThat(j.comparedWith()).isEqualByComparingTo("120");
    }

    @Test
    void aPercentageIsAlwaysJudgedAgainstTheTargetAsSet() {
        Status.Judgement j = Status.of(indicator("PERCENT", "HIGHER_IS_BETTER"), new BigDecimal("84.9"), new BigDecimal("85"), YEAR, MID_YEAR);
        assertThat(j.status()).isEqualTo(Status.OFF_TARGET);
        assertThat(j.rule()).isEqualTo(Status.Rule.RATE);
        assertThat(j.comparedWith()).isEqualByComparingTo("85");
    }

    @Test
    void withoutATargetOrAValueThereIsNoJudgement() {
        Indicator count = indicator("COUNT", "HIGHER_IS_BETTER");
        assertThat(Status.of(count, BigDecimal.TEN, null, YEAR, MID_YEAR).status()).isEqualTo(Status.NO_TARGET);
        assertThat(Status.of(indicator("PERCENT", "HIGHER_IS_BETTER"), null, BigDecimal.TEN, YEAR, MID_YEAR).status()).isEqualTo(Status.NO_DATA);
    }

    static Indicator indicator(String unit, String polarity) {
        return new Indicator("T/1", "LOCAL", "ADULTS", "Test", "Prawf", "d", "d", "n", "n", "d", "d", polarity, unit, "v", "on", "team_id",
                "person_id", "id", "TRUE", "TRUE", null, "test", true);
    }
}
