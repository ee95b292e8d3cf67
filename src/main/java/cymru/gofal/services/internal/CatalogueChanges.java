package cymru.gofal.services.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.services.Offer;

/**
 * Changing the catalogue: providers, their offers, prices and capacity. Every change to a provider or its offers names
 * the provider version it was made from (a second editor is told, nothing is overwritten). A price change never edits
 * a price: it ends the offer the day before the new price starts and opens a new offer from that day, so plans costed
 * from the old price keep it and the cost on any day stays known. Writes are audited (no personal data in them).
 */
@Service
public class CatalogueChanges {

    static final BigDecimal MAX_COST = new BigDecimal("100000000");
    static final BigDecimal MAX_CAPACITY = new BigDecimal("10000000");

    private final ProviderStore store;
    private final Catalogue catalogue;
    private final AuditLog audit;

    CatalogueChanges(ProviderStore store, Catalogue catalogue, AuditLog audit) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** A new active provider; answers its id. */
    @PreAuthorize(CatalogueAccess.EDIT)
    @Transactional
    public long addProvider(String name, String inHouse) {
        List<FormError> errors = new ArrayList<>();
        String n = name(name, null, errors);
        if (!"true".equals(inHouse) && !"false".equals(inHouse)) {
            errors.add(new FormError("inHouse", "services.provider.inHouse.error.required"));
        }
        CatalogueInvalid.throwIfAny(errors);
        long id = store.insert(Providers.authorityId(), n, Boolean.parseBoolean(inHouse), CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "provider", id));
        return id;
    }

    /** Renames a provider (name null: unchanged) and makes it active or inactive (null: unchanged). */
    @PreAuthorize(CatalogueAccess.EDIT)
    @Transactional
    public void update(long providerId, int version, String name, Boolean active) {
        List<FormError> errors = new ArrayList<>();
        String n = name == null ? null : name(name, providerId, errors);
        CatalogueInvalid.throwIfAny(errors);
        store.claim(Providers.authorityId(), provider(providerId).id(), version, n, active, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "provider", providerId).because(active == null ? "renamed" : active ? "active" : "inactive"));
    }

    /** What a new offer is: service type and unit codes (unit blank: the type's default), cost, capacity and dates as typed. */
    public record NewOffer(String serviceType, String unit, String unitCost, String capacity, String fromDate, String toDate) {
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @Transactional
    public long addOffer(long providerId, int version, NewOffer in) {
        Provider p = provider(providerId);
        List<FormError> errors = new ArrayList<>();
        var type = catalogue.types().stream().filter(t -> t.code().equals(in.serviceType())).findFirst();
        if (type.isEmpty()) {
            errors.add(new FormError("serviceType", "services.offer.serviceType.error.required"));
        }
        String unit = in.unit() == null || in.unit().isBlank() ? type.map(t -> t.defaultUnit()).orElse(null) : in.unit().strip();
        if (type.isPresent() && catalogue.units().stream().noneMatch(u -> u.code().equals(unit))) {
            errors.add(new FormError("unit", "services.offer.unit.error.required"));
        }
        BigDecimal cost = CatalogueInput.amount("unitCost", in.unitCost(), true, 2, BigDecimal.ZERO, MAX_COST, "services.offer.unitCost.error", errors);
        BigDecimal capacity = capacity("capacity", in.capacity(), errors);
        LocalDate from = date("fromDate", in.fromDate(), true, errors);
        LocalDate to = date("toDate", in.toDate(), false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FormError("toDate", "services.offer.toDate.error.beforeFrom"));
        }
        CatalogueInvalid.throwIfAny(errors);
        store.claim(Providers.authorityId(), p.id(), version, null, null, CurrentUser.username());
        long id = store.insertOffer(Providers.authorityId(), p.id(), type.get().code(), unit, cost, capacity, from, to, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "provider_service", id));
        return id;
    }

    /**
     * A new price from {@code fromDate}: the offer ends the day before and a new one, otherwise the same, starts that
     * day and ends when the old one would have. Answers the new offer's id.
     */
    @PreAuthorize(CatalogueAccess.EDIT)
    @Transactional
    public long changePrice(long providerId, int version, long offerId, String unitCost, String fromDate) {
        Offer o = offer(provider(providerId), offerId);
        List<FormError> errors = new ArrayList<>();
        BigDecimal cost = CatalogueInput.amount("unitCost", unitCost, true, 2, BigDecimal.ZERO, MAX_COST, "services.offer.unitCost.error", errors);
        LocalDate from = date("fromDate", fromDate, true, errors);
        if (from != null && !from.isAfter(o.fromDate())) {
            errors.add(new FormError("fromDate", "services.price.fromDate.error.notAfter", FormDates.format(o.fromDate())));
        } else if (from != null && o.toDate() != null && from.isAfter(o.toDate())) {
            errors.add(new FormError("fromDate", "services.price.fromDate.error.afterEnd", FormDates.format(o.toDate())));
        }
        CatalogueInvalid.throwIfAny(errors);
        store.claim(Providers.authorityId(), providerId, version, null, null, CurrentUser.username());
        store.endOffer(offerId, from.minusDays(1), CurrentUser.username());
        long id = store.insertOffer(Providers.authorityId(), providerId, o.serviceType(), o.unit(), cost, o.capacityUnitsPerWeek(), from,
                o.toDate(), CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "provider_service", offerId).because("price " + o.unitCost() + " -> " + cost
                + " from " + from + " (offer " + id + ")"));
        return id;
    }

    /** Sets (or, blank, clears) the units a week an offer can deliver. */
    @PreAuthorize(CatalogueAccess.EDIT)
    @Transactional
    public void setCapacity(long providerId, int version, long offerId, String capacity) {
        Offer o = offer(provider(providerId), offerId);
        List<FormError> errors = new ArrayList<>();
        BigDecimal c = capacity("capacity", capacity, errors);
        CatalogueInvalid.throwIfAny(errors);
        store.claim(Providers.authorityId(), providerId, version, null, null, CurrentUser.username());
        store.setCapacity(o.id(), c, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "provider_service", offerId).because("capacity " + c));
    }

    private Provider provider(long id) {
        return store.find(Providers.authorityId(), id).orElseThrow(() -> new NotFoundException("No provider " + id));
    }

    private static Offer offer(Provider p, long offerId) {
        return p.offers().stream().filter(o -> o.id() == offerId).findFirst()
                .orElseThrow(() -> new NotFoundException("No offer " + offerId + " of provider " + p.id()));
    }

    private String name(String name, Long except, List<FormError> errors) {
        String n = FormText.requiredLine("name", name, 200, "services.provider.name.error", errors);
        if (n != null && store.nameTaken(Providers.authorityId(), n, except)) {
            errors.add(new FormError("name", "services.provider.name.error.taken"));
        }
        return n;
    }

    private static BigDecimal capacity(String field, String value, List<FormError> errors) {
        return CatalogueInput.amount(field, value, false, 1, new BigDecimal("0.1"), MAX_CAPACITY, "services.offer.capacity.error", errors);
    }

    private static LocalDate date(String field, String value, boolean required, List<FormError> errors) {
        return FormDates.parse(field, value, required, "services.offer." + field + ".error", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
    }
}
