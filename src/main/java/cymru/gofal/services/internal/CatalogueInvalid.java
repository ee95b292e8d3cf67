package cymru.gofal.services.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/** Catalogue input refused, with every problem found (pages: error summary; API: 400 naming each field). Nothing written. */
public class CatalogueInvalid extends RuntimeException {

    private final transient List<FormError> errors;

    public CatalogueInvalid(List<FormError> errors) {
        super(errors.size() + " problems");
        this.errors = List.copyOf(errors);
    }

    public List<FormError> errors() {
        return errors;
    }

    static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new CatalogueInvalid(errors);
        }
    }
}
