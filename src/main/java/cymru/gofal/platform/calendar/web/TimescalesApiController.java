package cymru.gofal.platform.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.calendar.ClockStatus;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.NotFoundException;

/** Statutory timescales as data, and the rule engine: when is a step due, and is it overdue as of a date. */
@RestController
@RequestMapping("/api/timescales")
@Tag(name = "Statutory timescales", description = "Timescale rules per regime and the due-date engine")
class TimescalesApiController {

    private final TimescaleRules rules;
    private final ApiParams params;

    TimescalesApiController(TimescaleRules rules, ApiParams params) {
        this.rules = rules;
        this.params = params;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/regimes")
    @Operation(summary = "The regimes, each a versioned set of statutory rules")
    List<TimescaleRules.Regime> regimes() {
        return rules.regimes();
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/regimes/{regime}/rules")
    @Operation(summary = "The timescale rules of a regime")
    List<TimescaleRule> rules(@PathVariable String regime) {
        if (rules.regime(regime).isEmpty()) {
            throw new NotFoundException("No regime " + regime);
        }
        return rules.rules(regime);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/regimes/{regime}/rules/{code}/status")
    @Operation(summary = "Due date and status of one clock, counted in the signed-in user's council's working days")
    ClockStatus status(@PathVariable String regime, @PathVariable String code, @RequestParam(required = false) String start,
            @RequestParam(required = false) String stopped, @RequestParam(required = false) String asOf, Locale locale) {
        TimescaleRule rule = rules.rule(regime, code).orElseThrow(() -> new NotFoundException("No rule " + regime + "/" + code));
        ApiParams.Check check = params.check(locale);
        LocalDate s = check.date("start", start);
        LocalDate st = check.optionalDate("stopped", stopped);
        LocalDate d = check.date("asOf", asOf);
        if (s != null && st != null && st.isBefore(s)) {
            check.add("stopped", "api.error.stoppedBeforeStart");
        }
        if (s != null && d != null && d.isBefore(s)) {
            check.add("asOf", "api.error.asOfBeforeStart");
        }
        check.done();
        try {
            return rules.status(CurrentUser.get().orElseThrow().authorityId(), rule, s, st, d);
        } catch (cymru.gofal.platform.calendar.OutsideCalendarRangeException e) {
            throw params.bad("start", "api.error.resultRange", locale);
        }
    }
}
