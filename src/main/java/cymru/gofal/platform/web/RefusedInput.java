package cymru.gofal.platform.web;

import java.util.List;

/**
 * A change a module's rules refuse, with every problem found, thrown before anything is written. Pages show the
 * problems in the error summary; the API ({@link ApiExceptionHandler}) answers an RFC 9457 problem naming each field:
 * 400 for bad input, or 409 when {@link #conflict()} (the record's state refuses the change whatever the input, such
 * as a closed case), its detail the first problem's message and its title {@link #conflictTitleKey()}'s. Each module
 * has its own subclass, so its pages catch only its own refusals.
 */
public class RefusedInput extends RuntimeException {

    private final transient List<FormError> errors;
    private final boolean conflict;

    protected RefusedInput(List<FormError> errors, boolean conflict) {
        super(errors.size() + " problems");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.errors = List.copyOf(errors);
        this.conflict = conflict;
    }

    public List<FormError> errors() {
        return errors;
    }

    public boolean conflict() {
        return conflict;
    }

    /** The message key of a conflict's problem title. */
    public String conflictTitleKey() {
        return "problem.conflict.title";
    }
}
