package cymru.gofal.platform.calendar;

import java.time.LocalDate;

/**
 * A date or year outside the years the calendar can vouch for. Before 1978 there was no early May bank holiday,
 * and proclamations far in the future cannot be known, so answering outside the range would be silently wrong.
 */
public class OutsideCalendarRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    OutsideCalendarRangeException(int year) {
        super("Year " + year + " is outside the supported calendar range " + EnglandAndWalesHolidays.FIRST_YEAR
                + " to " + EnglandAndWalesHolidays.LAST_YEAR + " inclusive");
    }

    OutsideCalendarRangeException(LocalDate date) {
        super("Date " + date + " is outside the supported calendar range " + EnglandAndWalesHolidays.FIRST_YEAR
                + "-01-01 to " + EnglandAndWalesHolidays.LAST_YEAR + "-12-31 inclusive");
    }
}
