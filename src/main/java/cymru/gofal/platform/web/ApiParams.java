package cymru.gofal.platform.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Strict parsing of API query parameters, so that bad input (impossible dates, text, huge numbers) is a 400
 * problem naming every bad field, in the caller's language, rather than a framework error. Use
 * {@link #check(Locale)} to collect the problems of one request, then {@link Check#done()}.
 */
@Component
public class ApiParams {

    private final MessageSource messages;

    ApiParams(MessageSource messages) {
        this.messages = messages;
    }

    public Check check(Locale locale) {
        return new Check(locale);
    }

    /** Throws the 400 problem naming every field in {@code errors} (form checks reused by the API); nothing when empty. */
    public void refuse(List<FormError> errors, Locale locale) {
        Check check = check(locale);
        errors.forEach(e -> check.add(e.field(), e.messageKey(), e.args()));
        check.done();
    }

    public BadRequestException bad(String field, String key, Locale locale, Object... args) {
        return new BadRequestException(field, messages.getMessage(key, args, locale));
    }

    /** The problems found in one request's parameters. */
    public final class Check {

        private final Locale locale;
        private final List<ApiExceptionHandler.FieldProblem> problems = new ArrayList<>();

        private Check(Locale locale) {
            this.locale = locale;
        }

        /** A required ISO date (YYYY-MM-DD) that exists (no 30 February); null after a problem. */
        public LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                return add(field, "api.error.required", field);
            }
            return optionalDate(field, value);
        }

        public LocalDate optionalDate(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return add(field, "api.error.dateFormat", field);
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return add(field, "api.error.dateInvalid", field, v);
            }
        }

        /** A required whole number from min to max; null after a problem. */
        public Integer integer(String field, String value, int min, int max) {
            if (value == null || value.isBlank()) {
                return add(field, "api.error.required", field);
            }
            String v = value.strip();
            if (!v.matches("[+-]?\\d+") || v.length() > 1000) {
                return add(field, "api.error.integer", field);
            }
            BigInteger n = new BigInteger(v);
            if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
                return add(field, "api.error.range", field, min, max);
            }
            return n.intValueExact();
        }

        /** Records a problem with a field. Answers null, for use as a parse result. */
        public <T> T add(String field, String key, Object... args) {
            problems.add(new ApiExceptionHandler.FieldProblem(field, messages.getMessage(key, args, locale)));
            return null;
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** Throws the 400 problem listing every bad field, if there is any. */
        public void done() {
            if (!problems.isEmpty()) {
                throw new BadRequestException(List.copyOf(problems));
            }
        }
    }
}
