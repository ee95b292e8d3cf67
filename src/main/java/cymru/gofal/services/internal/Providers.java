package cymru.gofal.services.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;

/** The signed-in user's council's providers with their offers, for the catalogue pages and API. No personal data: not audited. */
@Service
public class Providers {

    private final ProviderStore store;

    Providers(ProviderStore store) {
        this.store = store;
    }

    @PreAuthorize(CatalogueAccess.READ)
    public List<Provider> all() {
        return store.all(authorityId());
    }

    /** The council's provider; another council's is not found. */
    @PreAuthorize(CatalogueAccess.READ)
    public Provider require(long id) {
        return store.find(authorityId(), id).orElseThrow(() -> new NotFoundException("No provider " + id));
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
