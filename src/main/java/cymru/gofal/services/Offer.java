package cymru.gofal.services;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a provider offers (a row of provider_service): a service type in a unit at a unit cost in pounds, with the
 * units a week it can deliver (null when not limited or not known), from a day to a day (inclusive; null = open).
 */
public record Offer(long id, long providerId, String providerName, boolean inHouse, String serviceType, String unit,
        BigDecimal unitCost, BigDecimal capacityUnitsPerWeek, LocalDate fromDate, LocalDate toDate) {

    public boolean runsOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }
}
