package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/**
 * Values as typed on forms or sent to the API, checked strictly: each problem becomes a {@link FormError} for the field
 * (message keys {@code <key>.required}, {@code .invalid}, {@code .range} and FormDates' date keys).
 */
final class Inputs {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private Inputs() {
    }

    /** A record id, or null (with an error when required or malformed). */
    static Long id(String field, String value, boolean required, String key, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FormError(field, key + ".required"));
            }
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            errors.add(new FormError(field, key + ".required"));
            return null;
        }
        return Long.valueOf(value.strip());
    }

    /** A positive amount with at most two decimal places, up to {@code max}; null after a problem. */
    static BigDecimal amount(String field, String value, BigDecimal max, String key, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FormError(field, key + ".required"));
            return null;
        }
        String v = value.strip().replace("£", "").replace(",", "");
        if (!v.matches("\\d{1,9}(\\.\\d{1,2})?") ) {
            errors.add(new FormError(field, key + ".invalid"));
            return null;
        }
        BigDecimal n = new BigDecimal(v);
        if (n.signum() <= 0 || n.compareTo(max) > 0) {
            errors.add(new FormError(field, key + ".range", max.toPlainString()));
            return null;
        }
        return n;
    }

    static LocalDate date(String field, String value, boolean required, String key, List<FormError> errors) {
        return FormDates.parse(field, value, required, key, MIN_YEAR, MAX_YEAR, errors);
    }

    /** A date that is not after today (a day something happened). */
    static LocalDate pastDate(String field, String value, String key, LocalDate today, List<FormError> errors) {
        LocalDate d = date(field, value, true, key, errors);
        if (d != null && d.isAfter(today)) {
            errors.add(new FormError(field, key + ".future"));
            return null;
        }
        return d;
    }

    static boolean yes(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equals("on"));
    }
}
