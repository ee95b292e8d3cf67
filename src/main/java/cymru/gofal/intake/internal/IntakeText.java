package cymru.gofal.intake.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Several lines of free text (a reason, a "what matters" conversation): as {@link cymru.gofal.platform.web.FormText}
 * but line breaks and tabs are allowed; other control characters and invisible formatting characters (such as
 * right-to-left overrides) are refused. Line ends become \n. Keys: {@code <key>.required}, {@code .tooLong}
 * (argument: the limit), {@code .invalid}. The limit counts characters (code points).
 */
public final class IntakeText {

    private IntakeText() {
    }

    public static String required(String field, String value, int max, String key, List<FormError> errors) {
        String v = normalise(value);
        if (v.isEmpty()) {
            errors.add(new FormError(field, key + ".required"));
            return null;
        }
        return check(field, v, max, key, errors);
    }

    public static String optional(String field, String value, int max, String key, List<FormError> errors) {
        String v = normalise(value);
        return v.isEmpty() ? null : check(field, v, max, key, errors);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String check(String field, String v, int max, String key, List<FormError> errors) {
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(new FormError(field, key + ".tooLong", max));
            return null;
        }
        boolean bad = v.codePoints().anyMatch(c -> c != '\n' && c != '\t'
                && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT));
        if (bad) {
            errors.add(new FormError(field, key + ".invalid"));
            return null;
        }
        return v;
    }
}
