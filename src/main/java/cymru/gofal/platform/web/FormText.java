package cymru.gofal.platform.web;

import java.util.List;

/**
 * Free text as people type it, for pages and API alike (next to {@link FormDates}): surrounding spaces removed,
 * length limited, control characters and invisible formatting characters (such as right-to-left overrides)
 * refused. Message keys: {@code <key>.required},
 * {@code <key>.tooLong} (argument: the limit) and {@code <key>.invalid}.
 */
public final class FormText {

    private FormText() {
    }

    public static String required(String field, String value, int max, String key, List<FormError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(new FormError(field, key + ".required"));
            return null;
        }
        return check(field, v, max, key, errors);
    }

    public static String optional(String field, String value, int max, String key, List<FormError> errors) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? null : check(field, v, max, key, errors);
    }

    /** As {@link #required}, for a one-line box: line breaks and tabs are refused as well ({@code <key>.invalid}). */
    public static String requiredLine(String field, String value, int max, String key, List<FormError> errors) {
        return oneLine(field, required(field, value, max, key, errors), key, errors);
    }

    /** As {@link #optional}, for a one-line box: line breaks and tabs are refused as well ({@code <key>.invalid}). */
    public static String optionalLine(String field, String value, int max, String key, List<FormError> errors) {
        return oneLine(field, optional(field, value, max, key, errors), key, errors);
    }

    private static String oneLine(String field, String v, String key, List<FormError> errors) {
        if (v != null && v.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            errors.add(new FormError(field, key + ".invalid"));
            return null;
        }
        return v;
    }

    /**
     * A person's name: letters of any alphabet with their accents, spaces, hyphens, apostrophes and full stops
     * (O'Brien, Rhys-Jones, St. John). Markup and code are not names; {@code <key>.characters} says so. Null in, null out.
     */
    public static String name(String field, String value, String key, List<FormError> errors) {
        if (value != null && !NAME.matcher(value).matches()) {
            errors.add(new FormError(field, key + ".characters"));
            return null;
        }
        return value;
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

    /**
     * Control and format characters are refused (they hide text or break pages), except the line breaks and tabs a
     * person types into a multi-line box (a text area sends CR LF between lines).
     */
    static boolean unwritable(int c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
    }

    private static String check(String field, String v, int max, String key, List<FormError> errors) {
        if (v.length() > max) {
            errors.add(new FormError(field, key + ".tooLong", max));
            return null;
        }
        if (v.codePoints().anyMatch(FormText::unwritable)) {
            errors.add(new FormError(field, key + ".invalid"));
            return null;
        }
        return v;
    }
}
