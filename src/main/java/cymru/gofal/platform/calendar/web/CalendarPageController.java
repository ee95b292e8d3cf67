package cymru.gofal.platform.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.platform.calendar.OutsideCalendarRangeException;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;

/**
 * The working-day calendar page: a year's bank holidays, the council's closure days, and a calculator that
 * counts working days exactly as every statutory deadline in Gofal does.
 */
@Controller
class CalendarPageController {

    private final WorkingDays workingDays;
    private final Clock clock;

    CalendarPageController(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/calendar")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String days, @RequestParam(required = false) String to, Model model) {
        List<FormError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        int shownYear = PageParams.year(year, today.getYear(), errors);
        long council = CurrentUser.get().orElseThrow().authorityId();
        WorkingDayCalendar calendar = workingDays.forCouncil(council);
        model.addAttribute("year", shownYear);
        model.addAttribute("yearTyped", year == null ? String.valueOf(shownYear) : year);
        model.addAttribute("holidays", workingDays.holidays().holidaysIn(shownYear));
        model.addAttribute("closureDays", workingDays.closureDays(council).stream()
                .filter(c -> c.day().getYear() == shownYear).toList());
        model.addAttribute("from", from);
        model.addAttribute("days", days);
        model.addAttribute("to", to);
        boolean asked = from != null || days != null || to != null;
        if (asked) {
            LocalDate start = PageParams.date("from", from, true, "calendar.from", errors);
            Integer n = days == null || days.isBlank() ? null : PageParams.days(days, errors);
            LocalDate end = PageParams.date("to", to, false, "calendar.to", errors);
            if (start != null && n == null && end == null && errors.isEmpty()) {
                errors.add(new FormError("days", "calendar.error.daysOrTo"));
            }
            if (errors.isEmpty()) {
                try {
                    if (n != null) {
                        model.addAttribute("resultDate", calendar.addWorkingDays(start, n));
                        model.addAttribute("daysCounted", n);
                    }
                    if (end != null) {
                        model.addAttribute("resultCount", calendar.workingDaysBetween(start, end));
                    }
                } catch (OutsideCalendarRangeException e) {
                    errors.add(new FormError("days", "timescales.error.range"));
                }
            }
        }
        model.addAttribute("errors", errors);
        return "platform/calendar";
    }
}
