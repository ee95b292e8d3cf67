package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What a plan costs (issue 5 contract): weekly = the sum of units a week x unit cost of its PLANNED services running
 * on the day; annual = weekly x 52. Pounds, to the penny. Nothing runs on a day after its plan ended. An agreed
 * version is costed on its costing day ({@link #costingDay}).
 */
public final class PlanCost {

    public static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    private PlanCost() {
    }

    /** The weekly cost on the day of a plan not ended before it. */
    public static BigDecimal weekly(Collection<Lines.Service> services, LocalDate day) {
        return weekly(services, day, null);
    }

    /** The weekly cost on the day of a plan ended on {@code planEndedOn} (null while live): zero after its end. */
    public static BigDecimal weekly(Collection<Lines.Service> services, LocalDate day, LocalDate planEndedOn) {
        if (planEndedOn != null && planEndedOn.isBefore(day)) {
            return BigDecimal.ZERO.setScale(2);
        }
        return services.stream().filter(s -> s.planned() && s.runsOn(day)).map(s -> s.unitsPerWeek().multiply(s.unitCost()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The day an agreed version is costed on: the later of the day agreed and the earliest start of its PLANNED
     * services (the day agreed when it has none), so a plan agreed before its services start is costed as they run.
     */
    public static LocalDate costingDay(Collection<Lines.Service> services, LocalDate agreedOn) {
        LocalDate earliest = earliestStart(services);
        return earliest == null || earliest.isBefore(agreedOn) ? agreedOn : earliest;
    }

    /** The earliest start of the PLANNED services, or null when there are none. */
    public static LocalDate earliestStart(Collection<Lines.Service> services) {
        return services.stream().filter(Lines.Service::planned).map(Lines.Service::startOn).min(LocalDate::compareTo).orElse(null);
    }

    public static BigDecimal annual(BigDecimal weekly) {
        return weekly.multiply(WEEKS_A_YEAR).setScale(2, RoundingMode.HALF_UP);
    }
}
