package cymru.gofal.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.people.People;
import cymru.gofal.planning.internal.CostReport;
import cymru.gofal.planning.internal.DirectPaymentReport;
import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.planning.internal.UnmetNeedReport;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * Council-wide pages for managers and finance: unmet need (by service type, team and time waited, the people behind it
 * for managers, and needs met in a period with the median wait), what live agreed plans cost, and direct payments.
 */
@Controller
class PlanReportsController {

    private final UnmetNeedReport unmet;
    private final CostReport costs;
    private final DirectPaymentReport payments;
    private final People people;
    private final Workforce workforce;
    private final PlanModel names;
    private final PlanRights rights;
    private final Clock clock;

    PlanReportsController(UnmetNeedReport unmet, CostReport costs, DirectPaymentReport payments, People people, Workforce workforce,
            PlanModel names, PlanRights rights, Clock clock) {
        this.unmet = unmet;
        this.costs = costs;
        this.payments = payments;
        this.people = people;
        this.workforce = workforce;
        this.names = names;
        this.rights = rights;
        this.clock = clock;
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @GetMapping("/plans/unmet-need")
    String unmetNeed(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = Dates.today(clock);
        List<FormError> errors = new ArrayList<>();
        LocalDate f = FormDates.parse("from", from, false, "planning.from.error", 2000, 2100, errors);
        LocalDate t = FormDates.parse("to", to, false, "planning.to.error", 2000, 2100, errors);
        t = t == null ? today : t;
        f = f == null ? t.minusYears(1).plusDays(1) : f;
        if (f.isAfter(t)) {
            errors.add(new FormError("from", "planning.from.error.afterTo"));
            f = t;
        }
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null ? FormDates.format(f) : from);
        model.addAttribute("to", to == null ? FormDates.format(t) : to);
        model.addAttribute("period", List.of(f, t));
        model.addAttribute("byType", unmet.byType(today));
        model.addAttribute("byTeam", unmet.byTeam(today));
        model.addAttribute("bands", unmet.bands(today));
        model.addAttribute("met", unmet.met(f, t));
        if (rights.peopleInSummary()) {
            var waiting = unmet.waiting(today);
            model.addAttribute("waiting", waiting);
            model.addAttribute("people", people.findAll(waiting.stream().map(UnmetNeedReport.Waiting::personId).distinct().toList()));
        }
        model.addAttribute("teams", teams());
        names.names(model);
        return "planning/unmet-need";
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @GetMapping("/plans/costs")
    String costs(Model model) {
        LocalDate today = Dates.today(clock);
        model.addAttribute("byTeam", costs.byTeam(today));
        model.addAttribute("byType", costs.byServiceType(today));
        model.addAttribute("total", costs.total(today));
        model.addAttribute("teams", teams());
        model.addAttribute("today", today);
        names.names(model);
        return "planning/costs";
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @GetMapping("/plans/direct-payments")
    String directPayments(Model model) {
        model.addAttribute("summary", payments.summary());
        model.addAttribute("barrierCounts", payments.barriers());
        names.names(model);
        return "planning/direct-payments";
    }

    private Map<String, TeamRef> teams() {
        return PlanModel.byCode(workforce.teams(CurrentUser.get().orElseThrow().authorityId()), t -> String.valueOf(t.id()));
    }
}
