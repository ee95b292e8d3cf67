package cymru.gofal.performance.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Scorecard;
import cymru.gofal.performance.internal.Targets;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * The scorecard and one indicator's page (trend chart and table, teams, target, commentary). Unknown codes are 404.
 * The records behind a number are {@link RecordsPageController}'s.
 */
@Controller
class PerformancePagesController {

    static final List<String> AREAS = List.of("ADULTS", "CHILDREN", "CARERS");
    /** The roles of PerformanceAccess.DRILL and .COMMENT, for what the page offers (the handlers' rules are the guard). */
    static final java.util.Set<Role> DRILL = java.util.EnumSet.of(Role.TEAM_MANAGER,
            Role.SENIOR_MANAGER, Role.QA_OFFICER,
            Role.REVIEWER, Role.ADMIN);
    static final java.util.Set<Role> COMMENT = java.util.EnumSet.of(Role.TEAM_MANAGER,
            Role.SENIOR_MANAGER, Role.QA_OFFICER);

    private final Scorecard scorecard;
    private final Indicators indicators;
    private final Workforce workforce;
    private final PerformanceFormat format;
    private final Benchmarks benchmarks;
    private final Councils councils;
    private final Targets targets;
    private final java.time.Clock clock;

    PerformancePagesController(Scorecard scorecard, Indicators indicators, Workforce workforce, PerformanceFormat format,
            Benchmarks benchmarks, Councils councils, Targets targets, java.time.Clock clock) {
        this.targets = targets;
        this.clock = clock;
        this.benchmarks = benchmarks;
        this.councils = councils;
        this.scorecard = scorecard;
        this.indicators = indicators;
        this.workforce = workforce;
        this.format = format;
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance")
    String card(@RequestParam(required = false) String area, Model model) {
        String chosen = area != null && AREAS.contains(area) ? area : null;
        model.addAttribute("area", chosen);
        model.addAttribute("areas", AREAS);
        model.addAttribute("card", scorecard.card(chosen));
        return "performance/scorecard";
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/indicator")
    String indicator(@RequestParam(required = false) String code, @RequestParam(required = false) String group, Model model) {
        Indicator indicator = code == null ? null : indicators.find(code).orElse(null);
        if (indicator == null) {
            throw new NotFoundException("No indicator " + code);
        }
        Scorecard.Card card = scorecard.card(indicator.serviceArea());
        Scorecard.Line line = card.lines().stream().filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow();
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("card", card);
        model.addAttribute("line", line);
        model.addAttribute("indicator", indicator);
        model.addAttribute("chart", Chart.of(line.quarters(), indicator.percent(), line.quarters().stream().map(q -> format.quarter(q.period())).toList()));
        model.addAttribute("benchmark", benchmark(indicator, group, model));
        Period last = line.lastComplete().period();
        model.addAttribute("teamRows", TeamRows.of(indicators.grid(List.of(indicator), last.start(), last.end()), indicator, last, teams()));
        Role role = CurrentUser.get().orElseThrow().role();
        model.addAttribute("drill", DRILL.contains(role));
        model.addAttribute("mayTarget", role == Role.SENIOR_MANAGER || role == Role.ADMIN);
        model.addAttribute("targetVersions", targetVersions(indicator, line));
        model.addAttribute("mayComment", COMMENT.contains(role));
        model.addAttribute("names", line.commentary() == null ? Map.of()
                : workforce.namesByUsername(CurrentUser.get().orElseThrow().authorityId(), List.of(line.commentary().writtenBy())));
        return "performance/indicator";
    }

    /** The version of each target set for the periods the page offers, by the form's period value ("2026", "2026-Q2"). */
    private Map<String, Integer> targetVersions(Indicator indicator, Scorecard.Line line) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        var set = targets.of(authority, line.quarters().get(0).period().financialYear(), line.year().financialYear());
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        set.forEach((k, t) -> {
            if (k.code().equals(indicator.code())) {
                out.put(k.quarter() == 0 ? String.valueOf(k.financialYear()) : k.financialYear() + "-Q" + k.quarter(), t.version());
            }
        });
        return out;
    }

    /**
     * The council among the chosen comparison group (else the first), in the latest complete financial year the group
     * has values for (the council's own figure for a year still running would be a part-year).
     */
    private Benchmarks.Comparison benchmark(Indicator indicator, String groupParam, Model model) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        List<Benchmarks.Group> groups = benchmarks.groups(authority);
        model.addAttribute("groups", groups);
        Benchmarks.Group chosen = groups.stream().filter(g -> String.valueOf(g.id()).equals(groupParam)).findFirst()
                .orElse(groups.isEmpty() ? null : groups.get(0));
        model.addAttribute("group", chosen);
        if (chosen == null) {
            return null;
        }
        int lastComplete = Period.yearOf(cymru.gofal.platform.web.Dates.today(clock)).financialYear() - 1;
        return benchmarks.latestYear(authority, chosen, indicator.code(), lastComplete).map(year -> {
            Period fy = Period.yearOf(java.time.LocalDate.of(year, 4, 1));
            var ours = indicators.tally(indicator, fy.start(), fy.end(), null).value(indicator);
            return benchmarks.compare(authority, indicator, chosen, year, councils.require(authority).nameEn(), ours);
        }).orElse(null);
    }

    private Map<Long, TeamRef> teams() {
        return TeamRows.teamsOf(workforce);
    }
}
