package cymru.gofal.casework.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Input the case rules refuse, with every problem found: pages show them in the error summary, the API as a 400
 * problem naming each field. Thrown before anything is written.
 */
public class InvalidCase extends cymru.gofal.platform.web.RefusedInput {

    public InvalidCase(List<FormError> errors) {
        super(errors, false);
    }

    public static InvalidCase of(String field, String key, Object... args) {
        return new InvalidCase(List.of(new FormError(field, key, args)));
    }

    public static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCase(errors);
        }
    }
}
