package cymru.gofal.performance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;

/**
 * The rule for a period asked for by day (the records page, the values API): it must be whole months, from a
 * month's first day to a month's last day. The engine counts by month, so any other range would silently give the
 * figures of the whole months it touches; it is refused instead, with the nearest whole-month days as the example.
 */
final class MonthRange {

    private MonthRange() {
    }

    static boolean startsMonth(LocalDate day) {
        return day.getDayOfMonth() == 1;
    }

    static boolean endsMonth(LocalDate day) {
        return day.getDayOfMonth() == day.lengthOfMonth();
    }

    /** The API's checks of a parsed from and to (null after a parse problem): whole months, in order. */
    static void check(ApiParams.Check check, LocalDate from, LocalDate to) {
        if (from != null && !startsMonth(from)) {
            check.add("from", "performance.api.error.monthStart", from.withDayOfMonth(1).toString());
        }
        if (to != null && !endsMonth(to)) {
            check.add("to", "performance.api.error.monthEnd", to.withDayOfMonth(to.lengthOfMonth()).toString());
        }
        if (from != null && to != null && from.isAfter(to)) {
            check.add("to", "performance.api.error.order");
        }
    }

    /**
     * The page's checks: from and to as YYYY-MM-DD, whole months, in order. Adds a FormError per problem (fields
     * "from" and "to"); answers the range, or null when there is a problem.
     */
    static LocalDate[] parse(String from, String to, List<FormError> errors) {
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && !startsMonth(first)) {
            errors.add(new FormError("from", "performance.records.error.from.monthStart", first.withDayOfMonth(1).toString()));
        }
        if (last != null && !endsMonth(last)) {
            errors.add(new FormError("to", "performance.records.error.to.monthEnd", last.withDayOfMonth(last.lengthOfMonth()).toString()));
        }
        if (first != null && last != null && first.isAfter(last)) {
            errors.add(new FormError("to", "performance.records.error.to.order"));
        }
        return errors.isEmpty() ? new LocalDate[] {first, last} : null;
    }

    private static LocalDate date(String field, String value, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FormError(field, "performance.records.error." + field + ".required"));
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        errors.add(new FormError(field, "performance.records.error." + field + ".date"));
        return null;
    }
}
