package cymru.gofal.platform.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.calendar.Holiday;
import cymru.gofal.platform.calendar.OutsideCalendarRangeException;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.web.ApiParams;

/**
 * The working-day calendar API: the contract other parts of Gofal and outside checks rely on. Public (bank
 * holidays and closure days are not personal data). Without {@code council} it counts England and Wales
 * bank holidays only; with it, that council's closure days too.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "England and Wales working days, bank holidays and council closure days")
class CalendarApiController {

    private final WorkingDays workingDays;
    private final Councils councils;
    private final ApiParams params;

    CalendarApiController(WorkingDays workingDays, Councils councils, ApiParams params) {
        this.workingDays = workingDays;
        this.councils = councils;
        this.params = params;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/working-days/add")
    @Operation(summary = "The days-th working day after from (from is day 0)")
    Map<String, String> add(@Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "0 to 10000") @RequestParam(required = false) String days,
            @RequestParam(required = false) String council, Locale locale) {
        LocalDate start = params.date("from", from, locale);
        int n = params.integer("days", days, 0, WorkingDayCalendar.MAX_DAYS, locale);
        WorkingDayCalendar calendar = calendar(council, locale);
        try {
            return Map.of("date", calendar.addWorkingDays(start, n).toString());
        } catch (OutsideCalendarRangeException e) {
            throw params.bad("from", "api.error.calendarRange", locale);
        }
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/working-days/between")
    @Operation(summary = "Working days after from up to and including to (negative when to is before from)")
    Map<String, Integer> between(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String council, Locale locale) {
        LocalDate a = params.date("from", from, locale);
        LocalDate b = params.date("to", to, locale);
        WorkingDayCalendar calendar = calendar(council, locale);
        try {
            return Map.of("workingDays", calendar.workingDaysBetween(a, b));
        } catch (OutsideCalendarRangeException e) {
            throw params.bad(outside(a) ? "from" : "to", "api.error.calendarRange", locale);
        }
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/working-days/check")
    @Operation(summary = "Whether a date is a working day")
    Map<String, Object> check(@RequestParam(required = false) String date, @RequestParam(required = false) String council,
            Locale locale) {
        LocalDate d = params.date("date", date, locale);
        if (outside(d)) {
            throw params.bad("date", "api.error.calendarRange", locale);
        }
        return Map.of("date", d.toString(), "workingDay", calendar(council, locale).isWorkingDay(d));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/holidays")
    @Operation(summary = "England and Wales bank holidays of a year")
    List<Holiday> holidays(@RequestParam(required = false) String year, Locale locale) {
        int y = params.integer("year", year, 1978, 2199, locale);
        return workingDays.holidays().holidaysIn(y);
    }

    private WorkingDayCalendar calendar(String council, Locale locale) {
        if (council == null || council.isBlank()) {
            return workingDays.englandAndWales();
        }
        int id = params.integer("council", council, 1, Integer.MAX_VALUE, locale);
        if (councils.find(id).isEmpty()) {
            throw params.bad("council", "api.error.council", locale);
        }
        return workingDays.forCouncil(id);
    }

    private static boolean outside(LocalDate d) {
        try {
            cymru.gofal.platform.calendar.EnglandAndWalesHolidays.requireSupported(d);
            return false;
        } catch (OutsideCalendarRangeException e) {
            return true;
        }
    }
}
