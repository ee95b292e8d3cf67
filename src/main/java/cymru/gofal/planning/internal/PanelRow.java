package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A plan as the person page's panel lists it: kind, status, weekly cost today and the next review, if known. */
public record PanelRow(long id, String kind, String status, boolean changed, int agreedVersions, BigDecimal weeklyCost,
        LocalDate nextReview, LocalDate endedOn) {

    public BigDecimal annualCost() {
        return PlanCost.annual(weeklyCost);
    }
}
