package cymru.gofal.services.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cymru.gofal.services.Offer;
import cymru.gofal.services.ServiceType;
import cymru.gofal.services.internal.Provider;

/** The catalogue as JSON: service types, and providers with their offers (money in pounds as JSON numbers). */
final class CatalogueJson {

    private CatalogueJson() {
    }

    record TypeJson(String code, String name, String nameEn, String nameCy, String serviceArea, String defaultUnit) {
        static TypeJson of(ServiceType t, Locale locale) {
            return new TypeJson(t.code(), t.name(locale), t.nameEn(), t.nameCy(), t.serviceArea(), t.defaultUnit());
        }
    }

    record OfferJson(long id, String serviceType, String unit, BigDecimal unitCost, BigDecimal capacityUnitsPerWeek, LocalDate fromDate,
            LocalDate toDate) {
        static OfferJson of(Offer o) {
            return new OfferJson(o.id(), o.serviceType(), o.unit(), o.unitCost(), o.capacityUnitsPerWeek(), o.fromDate(), o.toDate());
        }
    }

    /** A provider; currentOffers: running today or starting later; endedOffers: ended before today. */
    record ProviderJson(long id, String name, boolean inHouse, boolean active, int version, List<OfferJson> currentOffers,
            List<OfferJson> endedOffers) {
        static ProviderJson of(Provider p, LocalDate today) {
            return new ProviderJson(p.id(), p.name(), p.inHouse(), p.active(), p.version(),
                    p.currentOn(today).stream().map(OfferJson::of).toList(), p.endedBefore(today).stream().map(OfferJson::of).toList());
        }
    }
}
