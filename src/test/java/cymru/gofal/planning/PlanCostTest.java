package cymru.gofal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.planning.internal.Lines;
import cymru.gofal.planning.internal.PlanCost;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan cost contract as a pure rule: running on the day, the plan not ended before it, and a version's costing day. */
class PlanCostTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Lines.Service line(String status, String units, String cost, LocalDate start, LocalDate end) {
        return new Lines.Service(1, 1L, "DOMICILIARY_CARE", 1L, "P", 1L, false, "HOUR", new BigDecimal(units), new BigDecimal(cost), start,
                end, status, null, null, null, null);
    }

    @Test
    void costingDayIsTheLaterOfTheDayAgreedAndTheEarliestPlannedStart() {
        var lines = List.of(line("PLANNED", "2", "10.00", DAY.plusDays(10), null), line("UNMET", "5", "0", DAY.plusDays(3), null),
                line("PLANNED", "1", "10.00", DAY.plusDays(20), null));
        assertThat(PlanCost.costingDay(lines, DAY)).isEqualTo(DAY.plusDays(10));
        assertThat(PlanCost.costingDay(lines, DAY.plusDays(15))).isEqualTo(DAY.plusDays(15));
        assertThat(PlanCost.costingDay(List.of(line("UNMET", "5", "0", DAY.plusDays(3), null)), DAY)).isEqualTo(DAY);
        assertThat(PlanCost.weekly(lines, PlanCost.costingDay(lines, DAY))).isEqualByComparingTo("20.00");
    }

    @Test
    void nothingRunsOnADayAfterThePlanEnded() {
        var lines = List.of(line("PLANNED", "2", "10.00", DAY.minusDays(10), null));
        assertThat(PlanCost.weekly(lines, DAY, DAY)).isEqualByComparingTo("20.00");
        assertThat(PlanCost.weekly(lines, DAY, DAY.minusDays(1))).isEqualByComparingTo("0.00");
        assertThat(PlanCost.weekly(lines, DAY, null)).isEqualByComparingTo("20.00");
    }
}
