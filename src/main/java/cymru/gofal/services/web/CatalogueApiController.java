package cymru.gofal.services.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.Versions;
import cymru.gofal.services.Services;
import cymru.gofal.services.internal.CatalogueAccess;
import cymru.gofal.services.internal.CatalogueChanges;
import cymru.gofal.services.internal.CatalogueInvalid;
import cymru.gofal.services.internal.Providers;

/**
 * The service catalogue for other systems: service types, providers with their offers (the provider's version as
 * ETag), and changes to them by administrators and finance officers, each needing If-Match with the provider's ETag
 * (428 without, 412 when stale). Bad input is a 400 problem naming each field, with nothing changed.
 */
@RestController
@Tag(name = "Service catalogue", description = "Service types, providers in-house and external, their offers, unit costs and capacity")
class CatalogueApiController {

    private final Services services;
    private final Providers providers;
    private final CatalogueChanges changes;
    private final ApiParams params;
    private final Clock clock;

    CatalogueApiController(Services services, Providers providers, CatalogueChanges changes, ApiParams params, Clock clock) {
        this.services = services;
        this.providers = providers;
        this.changes = changes;
        this.params = params;
        this.clock = clock;
    }

    @Operation(summary = "Every service type, in catalogue order")
    @PreAuthorize(CatalogueAccess.READ)
    @GetMapping(path = "/api/services/types", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CatalogueJson.TypeJson> types(Locale locale) {
        return services.types().stream().map(t -> CatalogueJson.TypeJson.of(t, locale)).toList();
    }

    @Operation(summary = "The council's providers, by name, with their current and ended offers")
    @PreAuthorize(CatalogueAccess.READ)
    @GetMapping(path = "/api/providers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CatalogueJson.ProviderJson> providers() {
        return providers.all().stream().map(p -> CatalogueJson.ProviderJson.of(p, Dates.today(clock))).toList();
    }

    @Operation(summary = "One provider with its offers; version as ETag")
    @PreAuthorize(CatalogueAccess.READ)
    @GetMapping(path = "/api/providers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> provider(@PathVariable long id) {
        var p = providers.require(id);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(CatalogueJson.ProviderJson.of(p, Dates.today(clock)));
    }

    /** Request body of a new provider. */
    record NewProvider(String name, Boolean inHouse) {
    }

    @Operation(summary = "Add a provider (active)")
    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping(path = "/api/providers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> addProvider(@RequestBody NewProvider body, Locale locale) {
        long id = refusing(locale, () -> changes.addProvider(body.name(), body.inHouse() == null ? null : body.inHouse().toString()));
        var p = providers.require(id);
        return ResponseEntity.created(URI.create("/api/providers/" + id)).eTag(Versions.etag(p.version()))
                .body(CatalogueJson.ProviderJson.of(p, Dates.today(clock)));
    }

    /** Request body of a provider change: name and active, each left as it is when null. */
    record ProviderChange(String name, Boolean active) {
    }

    @Operation(summary = "Rename a provider or make it active or inactive (If-Match required)")
    @PreAuthorize(CatalogueAccess.EDIT)
    @PutMapping(path = "/api/providers/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> change(@PathVariable long id, @RequestBody ProviderChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, providers.require(id).version());
        refusing(locale, () -> {
            changes.update(id, version, body.name(), body.active());
            return id;
        });
        return provider(id);
    }

    /** Request body of a new offer: unit null for the type's usual unit; dates ISO; toDate null while it stands. */
    record NewOffer(String serviceType, String unit, BigDecimal unitCost, BigDecimal capacityUnitsPerWeek, String fromDate, String toDate) {
    }

    @Operation(summary = "Add an offer to a provider (If-Match with the provider's ETag required)")
    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping(path = "/api/providers/{id}/offers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> addOffer(@PathVariable long id, @RequestBody NewOffer body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, providers.require(id).version());
        refusing(locale, () -> changes.addOffer(id, version, new CatalogueChanges.NewOffer(body.serviceType(), body.unit(),
                text(body.unitCost()), text(body.capacityUnitsPerWeek()), body.fromDate(), body.toDate())));
        return created(id);
    }

    /** Request body of a price change: the new unit cost and the day it starts (ISO). */
    record PriceChange(BigDecimal unitCost, String fromDate) {
    }

    @Operation(summary = "Change an offer's price from a day: the offer ends the day before and a new one starts (If-Match required)")
    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping(path = "/api/providers/{id}/offers/{offerId}/price", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> price(@PathVariable long id, @PathVariable long offerId, @RequestBody PriceChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, providers.require(id).version());
        refusing(locale, () -> changes.changePrice(id, version, offerId, text(body.unitCost()), body.fromDate()));
        return created(id);
    }

    /** Request body of a capacity change: units a week, or null for not limited or not known. */
    record CapacityChange(BigDecimal capacityUnitsPerWeek) {
    }

    @Operation(summary = "Set an offer's weekly capacity (If-Match required)")
    @PreAuthorize(CatalogueAccess.EDIT)
    @PutMapping(path = "/api/providers/{id}/offers/{offerId}/capacity", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogueJson.ProviderJson> capacity(@PathVariable long id, @PathVariable long offerId, @RequestBody CapacityChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, providers.require(id).version());
        refusing(locale, () -> {
            changes.setCapacity(id, version, offerId, text(body.capacityUnitsPerWeek()));
            return offerId;
        });
        return provider(id);
    }

    private ResponseEntity<CatalogueJson.ProviderJson> created(long id) {
        var p = providers.require(id);
        return ResponseEntity.created(URI.create("/api/providers/" + id)).eTag(Versions.etag(p.version()))
                .body(CatalogueJson.ProviderJson.of(p, Dates.today(clock)));
    }

    /** Runs a change; its refusal becomes the 400 problem naming each field. */
    private long refusing(Locale locale, LongSupplier change) {
        try {
            return change.getAsLong();
        } catch (CatalogueInvalid e) {
            params.refuse(e.errors(), locale);
            throw e;
        }
    }

    private static String text(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}
