package cymru.gofal.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Strict parsing of API query parameters, so that bad input (impossible dates, text, huge numbers) is a 400
 * problem naming the field, in the caller's language, rather than a framework error.
 */
@Component
public class ApiParams {

    private final MessageSource messages;

    ApiParams(MessageSource messages) {
        this.messages = messages;
    }

    /** A required ISO date (YYYY-MM-DD) that must exist (no 30 February). */
    public LocalDate date(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            throw bad(field, "api.error.required", locale, field);
        }
        LocalDate date = optionalDate(field, value, locale);
        return date;
    }

    public LocalDate optionalDate(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw bad(field, "api.error.dateFormat", locale, field);
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(field, "api.error.dateInvalid", locale, field, v);
        }
    }

    /** A required whole number between min and max inclusive. */
    public int integer(String field, String value, int min, int max, Locale locale) {
        if (value == null || value.isBlank()) {
            throw bad(field, "api.error.required", locale, field);
        }
        String v = value.trim();
        if (!v.matches("[+-]?\\d{1,30}")) {
            throw bad(field, "api.error.integer", locale, field);
        }
        long parsed;
        try {
            parsed = v.replace("+", "").length() > 18 ? Long.MAX_VALUE : Long.parseLong(v.replace("+", ""));
        } catch (NumberFormatException e) {
            parsed = Long.MAX_VALUE;
        }
        if (v.startsWith("-") && v.replaceAll("[^0-9]", "").length() > 18) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw bad(field, "api.error.range", locale, field, min, max);
        }
        return (int) parsed;
    }

    public BadRequestException bad(String field, String key, Locale locale, Object... args) {
        return new BadRequestException(field, messages.getMessage(key, args, locale));
    }
}
