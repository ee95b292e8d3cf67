package cymru.gofal.planning.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Input the review rules refuse, with every problem found: pages show them in the error summary, the API as a 400
 * problem naming each field. Thrown before anything is written.
 */
public class ReviewInvalid extends RuntimeException {

    private final transient List<FormError> errors;

    public ReviewInvalid(List<FormError> errors) {
        super(errors.size() + " problems");
        this.errors = List.copyOf(errors);
    }

    public List<FormError> errors() {
        return errors;
    }

    static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new ReviewInvalid(errors);
        }
    }
}
