package cymru.gofal.platform.authority.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.web.FormError;

/** Parses a closure day as typed (27/11/2026 or 2026-11-27) within the calendar's supported years. */
final class ClosureDayForm {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ClosureDayForm() {
    }

    static LocalDate date(String value, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FormError("day", "council.error.dayRequired"));
            return null;
        }
        String v = value.trim();
        try {
            LocalDate d = v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
            if (d.getYear() < EnglandAndWalesHolidays.FIRST_YEAR || d.getYear() > EnglandAndWalesHolidays.LAST_YEAR) {
                errors.add(new FormError("day", "council.error.dayRange"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FormError("day", "council.error.day"));
            return null;
        }
    }
}
