package cymru.gofal.platform.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.web.FormError;

/** Parsing of the calendar pages' fields into values or GOV.UK form errors. Dates: 27/11/2026 or 2026-11-27. */
final class PageParams {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PageParams() {
    }

    static LocalDate date(String field, String value, boolean required, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FormError(field, "calendar.error.dateRequired"));
            }
            return null;
        }
        String v = value.trim();
        try {
            LocalDate d = v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
            if (d.getYear() < EnglandAndWalesHolidays.FIRST_YEAR || d.getYear() > EnglandAndWalesHolidays.LAST_YEAR) {
                errors.add(new FormError(field, "calendar.error.range"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FormError(field, "calendar.error.date"));
            return null;
        }
    }

    static Integer days(String value, List<FormError> errors) {
        String v = value.trim();
        if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > WorkingDayCalendar.MAX_DAYS) {
            errors.add(new FormError("days", "calendar.error.days", WorkingDayCalendar.MAX_DAYS));
            return null;
        }
        return Integer.parseInt(v);
    }

    static int year(String value, int fallback, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim();
        if (!v.matches("\\d{4}") || Integer.parseInt(v) < EnglandAndWalesHolidays.FIRST_YEAR
                || Integer.parseInt(v) > EnglandAndWalesHolidays.LAST_YEAR) {
            errors.add(new FormError("year", "calendar.error.year", EnglandAndWalesHolidays.FIRST_YEAR,
                    EnglandAndWalesHolidays.LAST_YEAR));
            return fallback;
        }
        return Integer.parseInt(v);
    }
}
