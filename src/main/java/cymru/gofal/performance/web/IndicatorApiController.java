package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.Workforce;

/**
 * The indicator catalogue and indicator values as JSON. A code with a slash (SCC/006) is two path segments
 * (/api/indicators/SCC/006/values); a code without one (PM24) is one. Values are aggregate figures: any signed-in
 * role may read them.
 */
@RestController
@Tag(name = "Indicators", description = "Performance indicators computed from the live records")
@RequestMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
class IndicatorApiController {

    /** The longest period one request may ask for, in years. */
    static final int MAX_YEARS = 20;

    private final Indicators indicators;
    private final ApiParams params;
    private final Workforce workforce;

    IndicatorApiController(Indicators indicators, ApiParams params, Workforce workforce) {
        this.indicators = indicators;
        this.params = params;
        this.workforce = workforce;
    }

    record IndicatorJson(String code, String framework, String serviceArea, String title, String definition, String numerator,
            String denominator, String polarity, String unit, String periodType, boolean verified, String source) {
    }

    record ValueJson(String code, LocalDate from, LocalDate to, Long team, long numerator, Long denominator, BigDecimal value,
            String unit) {
    }

    @Operation(summary = "Every indicator in the catalogue, in catalogue order, with its definition in the request's language")
    @PreAuthorize("isAuthenticated()")
    @GetMapping
    List<IndicatorJson> list(Locale locale) {
        return indicators.catalogue().stream().map(i -> new IndicatorJson(i.code(), i.framework(), i.serviceArea(), i.title(locale),
                i.definition(locale), i.numerator(locale), i.denominator(locale), i.polarity(), i.unit(), "FLOW", i.verified(),
                i.source())).toList();
    }

    @Operation(summary = "An indicator's numerator, denominator and value over the whole months from..to (inclusive), for the council or one team",
            description = "Figures are counted by whole months: from must be the first day of a month and to the last day of a month,"
                    + " else the answer is a 400 problem naming the parameter.")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/{code}/values")
    ValueJson values(@PathVariable String code, @Parameter(description = "the first day of a month, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "the last day of a month, YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "a team id of the council (default: the whole council)") @RequestParam(required = false) String team,
            Locale locale) {
        Indicator indicator = indicators.find(code).orElseThrow(() -> new NotFoundException("No indicator " + code));
        ApiParams.Check check = params.check(locale);
        LocalDate first = check.date("from", from);
        LocalDate last = check.date("to", to);
        MonthRange.check(check, first, last);
        if (first != null && last != null && first.plusYears(MAX_YEARS).isBefore(last)) {
            check.add("to", "performance.api.error.span", MAX_YEARS);
        }
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            String t = team.strip();
            long authority = CurrentUser.get().orElseThrow().authorityId();
            if (!t.matches("\\d{1,18}") || workforce.teams(authority).stream().noneMatch(x -> x.id() == Long.parseLong(t))) {
                check.add("team", "performance.api.error.team");
            } else {
                teamId = Long.parseLong(t);
            }
        }
        check.done();
        Tally tally = indicators.tally(indicator, first, last, teamId);
        return new ValueJson(indicator.code(), first, last, teamId, tally.numerator(), indicator.percent() ? tally.denominator() : null,
                tally.value(indicator), indicator.unit());
    }

    @Operation(summary = "The same, for a code with one slash (SCC/006 -> /api/indicators/SCC/006/values)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/{prefix}/{suffix}/values")
    ValueJson valuesOfSlashedCode(@PathVariable String prefix, @PathVariable String suffix, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team, Locale locale) {
        return values(prefix + "/" + suffix, from, to, team, locale);
    }
}
