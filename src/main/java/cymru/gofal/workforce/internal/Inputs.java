package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Checks of single input values shared by pages and API. Each answers the clean value, or null after adding a
 * problem under the message keys {@code workforce.error.<field>.<problem>}.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Text as {@link FormText} takes it (stripped, at most {@code max} characters, no control or hidden formatting
     * characters), with the workforce's message keys. Answers null when absent.
     */
    public static String text(String field, String raw, boolean required, int max, List<Problem> problems) {
        List<FormError> errors = new ArrayList<>();
        String prefix = "workforce.error." + field;
        String v = required ? FormText.required(field, raw, max, prefix, errors) : FormText.optional(field, raw, max, prefix, errors);
        errors.forEach(e -> problems.add(new Problem(e.field(), e.messageKey(), e.args())));
        return v;
    }

    /** A person's name, as {@link FormText#name} takes it: letters, spaces, hyphens, apostrophes, full stops. */
    public static String name(String field, String raw, int max, List<Problem> problems) {
        List<FormError> errors = new ArrayList<>();
        String prefix = "workforce.error." + field;
        String v = FormText.name(field, FormText.required(field, raw, max, prefix, errors), prefix, errors);
        errors.forEach(e -> problems.add(new Problem(e.field(), e.messageKey(), e.args())));
        return v;
    }

    /** A decimal number from above {@code min} to {@code max} with at most {@code scale} decimal places. */
    public static BigDecimal decimal(String field, String raw, BigDecimal minExclusive, BigDecimal max, int scale,
            List<Problem> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            problems.add(new Problem(field, key(field, "required")));
            return null;
        }
        if (!v.matches("\\d{1,4}(\\.\\d{1,4})?")) {
            problems.add(new Problem(field, key(field, "invalid")));
            return null;
        }
        BigDecimal n = new BigDecimal(v);
        if (n.compareTo(minExclusive) <= 0 || n.compareTo(max) > 0 || n.stripTrailingZeros().scale() > scale) {
            problems.add(new Problem(field, key(field, "range")));
            return null;
        }
        return n;
    }

    /** A whole number from min to max. */
    public static Integer integer(String field, String raw, int min, int max, List<Problem> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            problems.add(new Problem(field, key(field, "required")));
            return null;
        }
        if (!v.matches("\\d{1,9}")) {
            problems.add(new Problem(field, key(field, "invalid"), min, max));
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            problems.add(new Problem(field, key(field, "invalid"), min, max));
            return null;
        }
        return n;
    }

    /** A yes/no: true, false, yes, no (any case), or absent (no). */
    public static boolean yesNo(String field, String raw, List<Problem> problems) {
        String v = raw == null ? "" : raw.strip().toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "", "false", "no" -> {
                return false;
            }
            case "true", "yes", "on" -> {
                return true;
            }
            default -> {
                problems.add(new Problem(field, key(field, "invalid")));
                return false;
            }
        }
    }

    /** A date already parsed must fall in the years allowed (message key {@code .range} with the two years). */
    public static LocalDate years(String field, LocalDate date, int minYear, int maxYear, List<Problem> problems) {
        if (date != null && (date.getYear() < minYear || date.getYear() > maxYear)) {
            problems.add(new Problem(field, key(field, "range"), String.valueOf(minYear), String.valueOf(maxYear)));
            return null;
        }
        return date;
    }

    public static String key(String field, String problem) {
        return "workforce.error." + field + "." + problem;
    }
}
