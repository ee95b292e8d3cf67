package cymru.gofal.platform.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
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
@SecurityRequirements
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
        ApiParams.Check check = params.check(locale);
        LocalDate start = inRange(check, "from", check.date("from", from));
        Integer n = check.integer("days", days, 0, WorkingDayCalendar.MAX_DAYS);
        WorkingDayCalendar calendar = calendar(check, council);
        check.done();
        try {
            return Map.of("date", calendar.addWorkingDays(start, n).toString());
        } catch (OutsideCalendarRangeException e) {
            throw params.bad("days", "api.error.resultRange", locale);
        }
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/working-days/between")
    @Operation(summary = "Working days after from up to and including to (negative when to is before from)")
    Map<String, Integer> between(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String council, Locale locale) {
        ApiParams.Check check = params.check(locale);
        LocalDate a = inRange(check, "from", check.date("from", from));
        LocalDate b = inRange(check, "to", check.date("to", to));
        WorkingDayCalendar calendar = calendar(check, council);
        check.done();
        return Map.of("workingDays", calendar.workingDaysBetween(a, b));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/working-days/check")
    @Operation(summary = "Whether a date is a working day")
    Map<String, Object> check(@RequestParam(required = false) String date, @RequestParam(required = false) String council,
            Locale locale) {
        ApiParams.Check check = params.check(locale);
        LocalDate d = inRange(check, "date", check.date("date", date));
        WorkingDayCalendar calendar = calendar(check, council);
        check.done();
        return Map.of("date", d.toString(), "workingDay", calendar.isWorkingDay(d));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/holidays")
    @Operation(summary = "England and Wales bank holidays of a year")
    List<Holiday> holidays(@RequestParam(required = false) String year, Locale locale) {
        ApiParams.Check check = params.check(locale);
        Integer y = check.integer("year", year, EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR);
        check.done();
        return workingDays.holidays().holidaysIn(y);
    }

    private WorkingDayCalendar calendar(ApiParams.Check check, String council) {
        if (council == null || council.isBlank()) {
            return workingDays.englandAndWales();
        }
        Integer id = check.integer("council", council, 1, Integer.MAX_VALUE);
        if (id != null && councils.find(id).isEmpty()) {
            check.add("council", "api.error.council");
        }
        return id == null || !check.ok() ? null : workingDays.forCouncil(id);
    }

    /** The calendar covers 1978 to 2199; a date outside is a problem with its field. */
    private static LocalDate inRange(ApiParams.Check check, String field, LocalDate d) {
        if (d != null && (d.getYear() < EnglandAndWalesHolidays.FIRST_YEAR || d.getYear() > EnglandAndWalesHolidays.LAST_YEAR)) {
            return check.add(field, "api.error.calendarRange");
        }
        return d;
    }
}
