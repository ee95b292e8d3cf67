package cymru.gofal.services.internal;

import java.math.BigDecimal;
import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * Amounts as people type them on the catalogue's forms: pounds to the penny ("21.40", "£1,250") and capacity in units a
 * week to one decimal place. Each problem becomes a FormError from keys {@code <key>.required}, {@code .number},
 * {@code .range} and {@code .places}.
 */
final class CatalogueInput {

    private CatalogueInput() {
    }

    /** A non-negative amount below {@code max} with at most {@code places} decimals; null (with an error when required) otherwise. */
    static BigDecimal amount(String field, String value, boolean required, int places, BigDecimal min, BigDecimal max, String key,
            List<FormError> errors) {
        String v = value == null ? "" : value.strip().replace("£", "").replace(",", "");
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FormError(field, key + ".required"));
            }
            return null;
        }
        if (!v.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            errors.add(new FormError(field, key + ".number"));
            return null;
        }
        BigDecimal n = new BigDecimal(v);
        if (n.compareTo(min) < 0 || n.compareTo(max) >= 0) {
            errors.add(new FormError(field, key + ".range", min.toPlainString(), max.toPlainString()));
            return null;
        }
        if (n.stripTrailingZeros().scale() > places) {
            errors.add(new FormError(field, key + ".places", places));
            return null;
        }
        return n;
    }
}
