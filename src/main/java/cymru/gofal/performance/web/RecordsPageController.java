package cymru.gofal.performance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Records;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * The records behind an indicator's number over whole months ({@link MonthRange}). An unknown code or team is 404;
 * a period that is not whole months, not a date or out of order is a 400 page with the GOV.UK error summary and a
 * form to choose the months again (no records listed).
 */
@Controller
class RecordsPageController {

    private final Indicators indicators;
    private final Records records;
    private final Workforce workforce;

    RecordsPageController(Indicators indicators, Records records, Workforce workforce) {
        this.indicators = indicators;
        this.records = records;
        this.workforce = workforce;
    }

    @PreAuthorize(PerformanceAccess.DRILL)
    @GetMapping("/performance/records")
    String records(@RequestParam(required = false) String code, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team,
            @RequestParam(required = false) String part, Model model, HttpServletResponse response) {
        Indicator indicator = code == null ? null : indicators.find(code).orElse(null);
        Map<Long, TeamRef> teams = TeamRows.teamsOf(workforce);
        Long teamId = team == null || team.isBlank() ? null : team.matches("\\d{1,18}") ? Long.valueOf(team) : -1L;
        if (indicator == null || (teamId != null && !teams.containsKey(teamId))) {
            throw new NotFoundException("No such records");
        }
        boolean numerator = "numerator".equals(part);
        List<FormError> errors = new ArrayList<>();
        LocalDate[] range = MonthRange.parse(from, to, errors);
        model.addAttribute("indicator", indicator);
        model.addAttribute("team", teamId == null ? null : teams.get(teamId));
        model.addAttribute("numerator", numerator);
        model.addAttribute("teams", teams);
        model.addAttribute("errors", errors);
        model.addAttribute("fromInput", from);
        model.addAttribute("toInput", to);
        if (range == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("listing", null);
            return "performance/records";
        }
        model.addAttribute("from", range[0]);
        model.addAttribute("to", range[1]);
        model.addAttribute("listing", records.list(indicator, range[0], range[1], teamId, numerator));
        return "performance/records";
    }
}
