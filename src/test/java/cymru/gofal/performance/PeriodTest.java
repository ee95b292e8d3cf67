package cymru.gofal.performance;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.performance.internal.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Financial years run from 1 April to 31 March; quarter 1 is April to June. */
class PeriodTest {

    @Test
    void theLastDayOfMarchBelongsToThePreviousFinancialYearAndTheFirstOfAprilToTheNext() {
        assertThat(Period.yearOf(LocalDate.of(2027, 3, 31)).start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Period.yearOf(LocalDate.of(2027, 3, 31)).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Period.yearOf(LocalDate.of(2027, 4, 1)).start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Period.yearOf(LocalDate.of(2027, 4, 1)).financialYear()).isEqualTo(2027);
    }

    @Test
    void quartersOfTheFinancialYearStartInAprilJulyOctoberAndJanuary() {
        assertThat(Period.quarterOf(LocalDate.of(2026, 6, 30))).isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(Period.quarterOf(LocalDate.of(2026, 6, 30)).quarter()).isEqualTo(1);
        assertThat(Period.quarterOf(LocalDate.of(2026, 11, 27)).start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.quarterOf(LocalDate.of(2026, 11, 27)).quarter()).isEqualTo(3);
        assertThat(Period.quarterOf(LocalDate.of(2027, 2, 28)).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Period.quarterOf(LocalDate.of(2027, 2, 28)).quarter()).isEqualTo(4);
        assertThat(Period.quarterOf(LocalDate.of(2027, 2, 28)).financialYear()).isEqualTo(2026);
    }

    @Test
    void eightQuartersEndWithTheCurrentOneOldestFirst() {
        List<Period> q = Period.quartersTo(LocalDate.of(2026, 11, 27), 8);
        assertThat(q).hasSize(8);
        assertThat(q.get(0).start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(q.get(7).start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.get(7).partial(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(q.get(6).partial(LocalDate.of(2026, 11, 27))).isFalse();
    }
}
