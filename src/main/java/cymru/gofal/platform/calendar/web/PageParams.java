package cymru.gofal.platform.calendar.web;

import java.time.LocalDate;
import java.util.List;

import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/** Parsing of the calendar pages' fields into values or GOV.UK form errors (dates within the calendar's years). */
final class PageParams {

    private PageParams() {
    }

    /** A date field; its messages are {@code <key>.error.*}. */
    static LocalDate date(String field, String value, boolean required, String key, List<FormError> errors) {
        return FormDates.parse(field, value, required, key + ".error", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
    }

    static Integer days(String value, List<FormError> errors) {
        String v = value.strip();
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
        String v = value.strip();
        if (!v.matches("\\d{4}") || Integer.parseInt(v) < EnglandAndWalesHolidays.FIRST_YEAR
                || Integer.parseInt(v) > EnglandAndWalesHolidays.LAST_YEAR) {
            errors.add(new FormError("year", "calendar.error.year", EnglandAndWalesHolidays.FIRST_YEAR,
                    EnglandAndWalesHolidays.LAST_YEAR));
            return fallback;
        }
        return Integer.parseInt(v);
    }
}
