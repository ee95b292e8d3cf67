package cymru.gofal.review.actionplan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.performance.IndicatorFigures;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The action plan pages: the plan by priority (each action with its lines, status and overdue tags), a line with
 * its progress history, and the progress form (post-redirect-get; on a problem the form comes back as typed, with
 * the GOV.UK error summary; a status move from a stale page is refused with a clear message).
 */
@Controller
@RequestMapping("/joint-reviews/{id}/action-plan")
class ActionPlanPages {

    private static final List<String> AUDIENCES = List.of("COUNCIL", "SENIOR_MANAGERS", "STAFF");

    private final ActionPlans plans;
    private final IndicatorFigures indicators;

    ActionPlanPages(ActionPlans plans, IndicatorFigures indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    @PreAuthorize(ActionPlanAccess.SUMMARY)
    @GetMapping
    String plan(@PathVariable long id, Model model) {
        Plan plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("review", plan.review());
        model.addAttribute("canEdit", plan.review().published() && plans.canEdit());
        model.addAttribute("audiences", AUDIENCES);
        return "review/actionplan/plan";
    }

    @PreAuthorize(ActionPlanAccess.READ)
    @GetMapping("/lines/{line}")
    String line(@PathVariable long id, @PathVariable long line, Model model) {
        ActionPlans.LineView view = plans.line(id, line);
        model.addAttribute("view", view);
        model.addAttribute("review", view.review());
        model.addAttribute("indicator", view.line().indicatorCode() == null ? null : indicators.find(view.line().indicatorCode()).orElse(null));
        model.addAttribute("progressStatuses", List.of("IN_PROGRESS", "COMPLETE"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("progress")) {
            model.addAttribute("progress", new ProgressForm(FormDates.format(view.today()), null, null, null, null));
        }
        return "review/actionplan/line";
    }

    @PreAuthorize(ActionPlanAccess.PROGRESS)
    @PostMapping("/lines/{line}/progress")
    String progress(@PathVariable long id, @PathVariable long line, @ModelAttribute ProgressForm form,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Integer expected = version != null && version.strip().matches("\\d{1,9}") ? Integer.valueOf(version.strip()) : null;
        try {
            if (plans.record(id, line, expected, form, errors).isPresent()) {
                redirect.addFlashAttribute("saved", LineChecks.K + "saved.progress");
                return "redirect:/joint-reviews/" + id + "/action-plan/lines/" + line + "#progress-heading";
            }
        } catch (StaleVersionException e) {
            errors.add(new FormError("status", LineChecks.K + "error.stale.progress"));
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("progress", form);
        return "redirect:/joint-reviews/" + id + "/action-plan/lines/" + line;
    }
}
