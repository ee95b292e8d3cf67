package cymru.gofal.workforce.internal;

import java.util.List;

/**
 * One thing wrong with input: the field (a form input id and the JSON property of the same name), a message
 * key of the workforce bundle and its arguments. Pages turn it into a FormError, the API into a problem.
 */
public record Problem(String field, String key, Object... args) {

    /** Thrown by the workforce services when a change breaks a rule that needs the stored record to check. */
    public static final class Violation extends RuntimeException {

        private final transient List<Problem> problems;

        public Violation(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public Violation(String field, String key, Object... args) {
            this(List.of(new Problem(field, key, args)));
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
