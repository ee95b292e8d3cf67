package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What a plan costs (issue 5 contract): weekly = the sum of units a week x unit cost of its PLANNED services running
 * on the day; annual = weekly x 52. Pounds, to the penny.
 */
public final class PlanCost {

    public static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    private PlanCost() {
    }

    public static BigDecimal weekly(Collection<Lines.Service> services, LocalDate day) {
        return services.stream().filter(s -> s.planned() && s.runsOn(day)).map(s -> s.unitsPerWeek().multiply(s.unitCost()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal annual(BigDecimal weekly) {
        return weekly.multiply(WEEKS_A_YEAR).setScale(2, RoundingMode.HALF_UP);
    }
}
