package cymru.gofal.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as people type them on Gofal's forms: 24/3/2027 (GOV.UK order) or 2027-03-24. Each problem becomes
 * a {@link FormError} for the field, from message keys {@code <key>.required}, {@code .date} (no such date),
 * {@code .shortYear} (a two-digit year) and {@code .range} (outside the years allowed).
 */
public final class FormDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/uuuu");

    private FormDates() {
    }

    /**
     * Parses {@code value}; answers null (adding an error when it was required or malformed) when there is
     * no usable date. Years outside {@code minYear..maxYear} are refused.
     */
    public static LocalDate parse(String field, String value, boolean required, String key, int minYear, int maxYear,
            List<FormError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FormError(field, key + ".required"));
            }
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,2}/\\d{1,2}/\\d{1,2}")) {
            errors.add(new FormError(field, key + ".shortYear"));
            return null;
        }
        try {
            LocalDate d = v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
            if (d.getYear() < minYear || d.getYear() > maxYear) {
                errors.add(new FormError(field, key + ".range", String.valueOf(minYear), String.valueOf(maxYear)));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FormError(field, key + ".date"));
            return null;
        }
    }

    /** A date as the forms show it: 24/3/2027. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** Whether the list holds an error for the field (templates use it for the error styling). */
    public static boolean hasError(List<FormError> errors, String field) {
        return errors != null && errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
