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
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * A senior manager adds and edits plan lines. Post-redirect-get; on a problem the form comes back as typed with the
 * GOV.UK error summary. An edit from a stale page changes nothing: the form comes back as typed, with a message and
 * the line as saved now beside it, and the current version, so that saving again is a deliberate choice.
 */
@Controller
@RequestMapping("/joint-reviews/{id}/action-plan/lines")
class LineFormPages {

    private final ActionPlans plans;
    private final IndicatorFigures indicators;

    LineFormPages(ActionPlans plans, IndicatorFigures indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @GetMapping("/new")
    String newLine(@PathVariable long id, @RequestParam(required = false) String action, Model model) {
        PlanReview review = plans.review(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LineForm(action, null, null, null, null, null, null, null, "NOT_STARTED", null));
        }
        return form(review, null, model);
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @PostMapping
    String create(@PathVariable long id, @ModelAttribute LineForm form, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        var created = plans.create(id, form, errors);
        if (created.isPresent()) {
            redirect.addFlashAttribute("saved", LineChecks.K + "saved.created");
            return "redirect:/joint-reviews/" + id + "/action-plan/lines/" + created.get();
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form);
        return "redirect:/joint-reviews/" + id + "/action-plan/lines/new";
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @GetMapping("/{line}/edit")
    String edit(@PathVariable long id, @PathVariable long line, Model model) {
        ActionPlans.LineView view = plans.line(id, line);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LineForm.of(view.line()));
        }
        return form(view.review(), view.line(), model);
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @PostMapping("/{line}")
    String update(@PathVariable long id, @PathVariable long line, @ModelAttribute LineForm form,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Integer expected = version != null && version.strip().matches("\\d{1,9}") ? Integer.valueOf(version.strip()) : null;
        try {
            if (expected == null) {
                throw new StaleVersionException("No version sent");
            }
            if (plans.update(id, line, expected, form, errors)) {
                redirect.addFlashAttribute("saved", LineChecks.K + "saved.updated");
                return "redirect:/joint-reviews/" + id + "/action-plan/lines/" + line;
            }
        } catch (StaleVersionException e) {
            errors.add(new FormError("line-form", LineChecks.K + "error.stale.line"));
            redirect.addFlashAttribute("conflict", true);
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form);
        return "redirect:/joint-reviews/" + id + "/action-plan/lines/" + line + "/edit";
    }

    private String form(PlanReview review, PlanLine line, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("review", review);
        model.addAttribute("line", line);
        model.addAttribute("indicators", indicators.catalogue());
        model.addAttribute("statuses", PlanStatus.values());
        return "review/actionplan/line-form";
    }
}
