package cymru.gofal.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cymru.gofal.workforce.internal.WorkforceRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The workforce's arithmetic, without Spring. */
class WorkforceRulesTest {

    @Test
    void thirtySevenHoursIsOneFullTimeEquivalent() {
        assertThat(WorkforceRules.fte(new BigDecimal("37"))).isEqualByComparingTo("1.00");
        assertThat(WorkforceRules.fte(new BigDecimal("18.5"))).isEqualByComparingTo("0.50");
        assertThat(WorkforceRules.fte(new BigDecimal("111"))).isEqualByComparingTo("3.00");
        assertThat(WorkforceRules.fte(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void partTimeHoursRoundToTwoDecimalPlaces() {
        assertThat(WorkforceRules.fte(new BigDecimal("22.5"))).isEqualByComparingTo("0.61");
        assertThat(WorkforceRules.fte(new BigDecimal("10"))).isEqualByComparingTo("0.27");
    }

    @Test
    void vacanciesAreFundedPostsLessThoseFilled() {
        assertThat(WorkforceRules.vacancies(new BigDecimal("8.50"), new BigDecimal("6.61"))).isEqualByComparingTo("1.89");
        assertThat(WorkforceRules.vacancies(new BigDecimal("4"), new BigDecimal("4.00"))).isEqualByComparingTo("0");
    }

    @Test
    void aTeamOverItsEstablishmentHasNegativeVacancies() {
        assertThat(WorkforceRules.vacancies(new BigDecimal("2"), new BigDecimal("2.50"))).isEqualByComparingTo("-0.50");
    }

    @Test
    void experienceCountsWholeYearsSinceQualifying() {
        LocalDate qualified = LocalDate.of(2015, 7, 24);
        assertThat(WorkforceRules.yearsOfExperience(qualified, LocalDate.of(2025, 7, 23))).isEqualTo(9);
        assertThat(WorkforceRules.yearsOfExperience(qualified, LocalDate.of(2025, 7, 24))).isEqualTo(10);
        assertThat(WorkforceRules.yearsOfExperience(qualified, LocalDate.of(2015, 12, 1))).isZero();
    }

    @Test
    void experienceIsUnknownWithoutADateAndNeverNegative() {
        assertThat(WorkforceRules.yearsOfExperience(null, LocalDate.of(2025, 1, 1))).isNull();
        assertThat(WorkforceRules.yearsOfExperience(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1))).isZero();
    }

    @Test
    void aYearFromTheTwentyNinthOfFebruaryIsCompleteOnTheFirstOfMarch() {
        assertThat(WorkforceRules.yearsOfExperience(LocalDate.of(2020, 2, 29), LocalDate.of(2021, 2, 28))).isZero();
        assertThat(WorkforceRules.yearsOfExperience(LocalDate.of(2020, 2, 29), LocalDate.of(2021, 3, 1))).isEqualTo(1);
    }

    @Test
    void theFinancialYearRunsFromAprilToMarch() {
        assertThat(WorkforceRules.financialYear(LocalDate.of(2025, 4, 1)))
                .isEqualTo(new WorkforceRules.DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(WorkforceRules.financialYear(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new WorkforceRules.DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(WorkforceRules.financialYear(LocalDate.of(2026, 1, 15)).from()).isEqualTo(LocalDate.of(2025, 4, 1));
    }
}
