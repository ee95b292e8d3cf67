package cymru.gofal.performance.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo council's targets: its own figure rounded to 5, moved 5 points the better or worse way, within 0 to 100. */
class DemoTargetsTest {

    static Indicator percent(String polarity) {
        return new Indicator("X/1", "LOCAL", "ALL", "x", "x", "x", "x", "x", "x", "x", "x", polarity, "PERCENT", "v_facts_x", "d", "t", "p", "i",
                "TRUE", "TRUE", null, "test", false);
    }

    @Test
    void aStretchTargetIsFivePointsBetterThanTheRoundedFigureByTheIndicatorsPolarity() {
        assertThat(DemoTargets.target(percent("HIGHER_IS_BETTER"), new BigDecimal("72.4"), true)).isEqualByComparingTo("75");
        assertThat(DemoTargets.target(percent("LOWER_IS_BETTER"), new BigDecimal("72.6"), true)).isEqualByComparingTo("70");
    }

    @Test
    void anEasyTargetIsFivePointsWorseAndNeverOutsideZeroToAHundred() {
        assertThat(DemoTargets.target(percent("HIGHER_IS_BETTER"), new BigDecimal("72.4"), false)).isEqualByComparingTo("65");
        assertThat(DemoTargets.target(percent("HIGHER_IS_BETTER"), new BigDecimal("99"), true)).isEqualByComparingTo("100");
        assertThat(DemoTargets.target(percent("LOWER_IS_BETTER"), new BigDecimal("1"), true)).isEqualByComparingTo("0");
    }
}
