package cymru.gofal.performance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.performance.internal.BusinessPlans;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Scorecard;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * Service and team business plans: objectives linked to indicators (shown with their year-to-date value and status)
 * and to partners' objectives. Everyone signed in reads them; managers write them.
 */
@Controller
class BusinessPlanPagesController {

    static final String WRITE = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";
    static final List<String> AREAS = List.of("ALL", "ADULTS", "CHILDREN", "CARERS");

    private final BusinessPlans plans;
    private final Indicators indicators;
    private final Scorecard scorecard;
    private final Workforce workforce;
    private final java.time.Clock clock;

    BusinessPlanPagesController(BusinessPlans plans, Indicators indicators, Scorecard scorecard, Workforce workforce, java.time.Clock clock) {
        this.plans = plans;
        this.indicators = indicators;
        this.scorecard = scorecard;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/plans")
    String list(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("plans", plans.list(authority()));
        model.addAttribute("teams", teams());
        model.addAttribute("areas", AREAS);
        int year = Period.yearOf(Dates.today(clock)).financialYear();
        model.addAttribute("years", List.of(year, year + 1));
        model.addAttribute("mayWrite", mayWrite());
        return "performance/plans";
    }

    @PreAuthorize(WRITE)
    @PostMapping("/performance/plans")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String area,
            @RequestParam(required = false) String team, @RequestParam(required = false) String year, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String t = FormText.requiredLine("title", title, 200, "performance.plan.title.error", errors);
        if (area == null || !AREAS.contains(area)) {
            errors.add(new FormError("area", "performance.plan.area.error"));
        }
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = team.matches("\\d{1,18}") ? Long.valueOf(team) : -1L;
            if (!teams().containsKey(teamId)) {
                errors.add(new FormError("team", "performance.plan.team.error"));
            }
        }
        int now = Period.yearOf(Dates.today(clock)).financialYear();
        Integer y = year != null && year.matches("20\\d{2}") ? Integer.valueOf(year) : null;
        if (y == null || y < now - 1 || y > now + 1) {
            errors.add(new FormError("year", "performance.plan.year.error"));
        }
        if (errors.isEmpty()) {
            var id = plans.create(authority(), area, teamId, y, t, CurrentUser.username());
            if (id.isPresent()) {
                redirect.addFlashAttribute("saved", "performance.plan.saved");
                return "redirect:/performance/plans/" + id.get();
            }
            errors.add(new FormError("title", "performance.plan.title.error.taken"));
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("titleInput", Objects.toString(title, ""));
        return "redirect:/performance/plans";
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        BusinessPlans.Plan plan = plans.find(authority(), id).orElseThrow(() -> new NotFoundException("No business plan " + id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("team", plan.teamId() == null ? null : teams().get(plan.teamId()));
        model.addAttribute("catalogue", indicators.catalogue());
        model.addAttribute("lines", scorecard.of(plan.objectives().stream().flatMap(o -> o.indicators().stream()).distinct().toList()).lines().stream()
                .collect(Collectors.toMap(l -> l.indicator().code(), Function.identity())));
        model.addAttribute("mayWrite", mayWrite());
        return "performance/plan";
    }

    @PreAuthorize(WRITE)
    @PostMapping("/performance/plans/{id}/objectives")
    String addObjective(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String partner, @RequestParam(required = false) String partnerObjective,
            @RequestParam(required = false) List<String> indicatorCodes, RedirectAttributes redirect) {
        plans.find(authority(), id).orElseThrow(() -> new NotFoundException("No business plan " + id));
        List<FormError> errors = new ArrayList<>();
        String o = FormText.required("objective", objective, 2000, "performance.objective.error", errors);
        String p = FormText.optional("partner", partner, 200, "performance.partner.error", errors);
        String po = FormText.optional("partnerObjective", partnerObjective, 2000, "performance.partnerObjective.error", errors);
        if ((p == null) != (po == null) && errors.isEmpty()) {
            errors.add(new FormError(p == null ? "partner" : "partnerObjective", "performance.partner.error.both"));
        }
        List<String> known = indicators.catalogue().stream().map(Indicator::code).toList();
        List<String> codes = indicatorCodes == null ? List.of() : indicatorCodes.stream().filter(known::contains).toList();
        Integer v = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (v == null) {
            errors.add(new FormError("objective", "performance.objective.error.stale"));
        }
        if (errors.isEmpty()) {
            try {
                plans.addObjective(authority(), id, v, o, p, po, codes, CurrentUser.username());
                redirect.addFlashAttribute("saved", "performance.objective.saved");
            } catch (StaleVersionException e) {
                errors.add(new FormError("objective", "performance.objective.error.stale"));
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("objectiveInput", Objects.toString(objective, ""));
            redirect.addFlashAttribute("partnerInput", Objects.toString(partner, ""));
            redirect.addFlashAttribute("partnerObjectiveInput", Objects.toString(partnerObjective, ""));
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/performance/plans/" + id;
    }

    private Map<Long, TeamRef> teams() {
        return workforce.teams(authority()).stream().collect(Collectors.toMap(TeamRef::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static boolean mayWrite() {
        var role = CurrentUser.get().orElseThrow().role();
        return role == cymru.gofal.platform.security.Role.TEAM_MANAGER || role == cymru.gofal.platform.security.Role.SENIOR_MANAGER
                || role == cymru.gofal.platform.security.Role.ADMIN;
    }

    private static long authority() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
