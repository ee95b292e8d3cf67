package cymru.gofal.assessment.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Input the assessment rules refuse, with every problem found: pages show them in the error summary, the API as a
 * 400 problem naming each field. Thrown before anything is written.
 */
public class InvalidInput extends cymru.gofal.platform.web.RefusedInput {

    public InvalidInput(List<FormError> errors) {
        super(errors, false);
    }

    public static InvalidInput of(String field, String key, Object... args) {
        return new InvalidInput(List.of(new FormError(field, key, args)));
    }

    /** Throws when there is any problem. */
    public static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
