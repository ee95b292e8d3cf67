package cymru.gofal.casework.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Input the case rules refuse, with every problem found: pages show them in the error summary, the API as a 400
 * problem naming each field. Thrown before anything is written.
 */
public class InvalidCase extends RuntimeException {

    private final transient List<FormError> errors;

    public InvalidCase(List<FormError> errors) {
        super(errors.size() + " problems");
        this.errors = List.copyOf(errors);
    }

    public static InvalidCase of(String field, String key, Object... args) {
        return new InvalidCase(List.of(new FormError(field, key, args)));
    }

    public List<FormError> errors() {
        return errors;
    }

    public static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCase(errors);
        }
    }
}
