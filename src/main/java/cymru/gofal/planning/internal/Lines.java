package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The live content of a plan, one record per kind of line. */
public final class Lines {

    private Lines() {
    }

    /** A personal outcome in the person's words, meeting (usually) one eligible need of the assessment. */
    public record Outcome(long id, Long needId, String outcome, int ordinal) {
    }

    /**
     * A service or action meeting an outcome. PLANNED lines have a provider and the unit cost copied from its offer;
     * UNMET lines could not be provided and carry their open unmet need (reason, since, note).
     */
    public record Service(long id, Long outcomeId, String serviceType, Long providerId, String providerName,
            Long providerServiceId, Boolean inHouse, String unit, BigDecimal unitsPerWeek, BigDecimal unitCost,
            LocalDate startOn, LocalDate endOn, String status, Long unmetNeedId, String unmetReason, LocalDate unmetSince,
            String unmetNote) {

        public boolean planned() {
            return "PLANNED".equals(status);
        }

        public boolean runsOn(LocalDate day) {
            return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
        }

        public BigDecimal weeklyCost() {
            return unitsPerWeek.multiply(unitCost).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** Help from someone else (family, community...) with an outcome. */
    public record Support(long id, Long outcomeId, String source, String who, String what) {
    }

    /** A risk, its level (risk_level code) and how it is managed. */
    public record Risk(long id, String risk, String level, String management) {
    }
}
