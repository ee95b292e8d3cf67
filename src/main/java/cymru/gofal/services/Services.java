package cymru.gofal.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cymru.gofal.services.internal.Catalogue;

/**
 * The service catalogue's face to other modules (plans): service types, units, and the offers of the signed-in
 * user's council's providers. The catalogue holds no personal data, so reads are not audited.
 */
@Service
public class Services {

    private final Catalogue catalogue;

    Services(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every service type, in catalogue order. */
    @PreAuthorize("isAuthenticated()")
    public List<ServiceType> types() {
        return catalogue.types();
    }

    /** Every unit, in order. */
    @PreAuthorize("isAuthenticated()")
    public List<ServiceUnit> units() {
        return catalogue.units();
    }

    /** The council's offers of a service type running on {@code day} from active providers, cheapest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Offer> offers(String serviceType, LocalDate day) {
        return catalogue.offers(serviceType, day);
    }

    /** One of the council's offers from an active provider, running or not (an inactive provider's offers cannot be chosen). */
    @PreAuthorize("isAuthenticated()")
    public Optional<Offer> offer(long offerId) {
        return catalogue.offer(offerId);
    }
}
