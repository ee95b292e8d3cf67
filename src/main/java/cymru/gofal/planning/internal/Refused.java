package cymru.gofal.planning.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Input the plan rules refuse, with every problem found: pages show them in the error summary, the API as a 400
 * problem naming each field. Thrown before anything is written.
 */
public class Refused extends cymru.gofal.platform.web.RefusedInput {

    public Refused(List<FormError> errors) {
        super(errors, false);
    }

    protected Refused(List<FormError> errors, boolean conflict) {
        super(errors, conflict);
    }

    public static Refused of(String field, String key, Object... args) {
        return new Refused(List.of(new FormError(field, key, args)));
    }

    public static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
    }
}
