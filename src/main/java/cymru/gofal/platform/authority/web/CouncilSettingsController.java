package cymru.gofal.platform.authority.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.authority.Council;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The ADMIN's council settings: the statutory regime the council works under, and its closure days (which
 * every working-day deadline then skips). Changing the regime is optimistically locked: a second admin
 * working from an old page is told, and nothing is overwritten.
 */
@Controller
@RequestMapping("/admin/council")
class CouncilSettingsController {

    private final Councils councils;
    private final TimescaleRules rules;
    private final WorkingDays workingDays;

    CouncilSettingsController(Councils councils, TimescaleRules rules, WorkingDays workingDays) {
        this.councils = councils;
        this.rules = rules;
        this.workingDays = workingDays;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        Council council = councils.require(councilId());
        model.addAttribute("council", council);
        model.addAttribute("regimes", rules.regimes());
        model.addAttribute("closureDays", workingDays.closureDays(council.id()));
        return "platform/council";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/regime")
    String changeRegime(@RequestParam(required = false) String regime, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (regime == null || rules.regime(regime).isEmpty()) {
            errors.add(new FormError("regime", "council.error.regime"));
        }
        Integer expected = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (expected == null) {
            errors.add(new FormError("regime", "council.error.stale"));
        }
        if (errors.isEmpty()) {
            try {
                councils.changeRegime(councilId(), regime, expected);
                redirect.addFlashAttribute("saved", "council.saved.regime");
            } catch (StaleVersionException e) {
                errors.add(new FormError("regime", "council.error.stale"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/admin/council";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/closure-days")
    String addClosureDay(@RequestParam(required = false) String day, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        var date = closureDate(day, errors);
        if (date != null && !workingDays.englandAndWales().isWorkingDay(date)) {
            errors.add(new FormError("day", "council.error.notWorkingDay"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new FormError("reason", "council.error.reasonRequired"));
        } else if (why.length() > 200 || why.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FormError("reason", "council.error.reasonInvalid"));
        }
        if (errors.isEmpty()) {
            if (workingDays.addClosureDay(councilId(), date, why, CurrentUser.username())) {
                redirect.addFlashAttribute("saved", "council.saved.closureAdded");
            } else {
                errors.add(new FormError("day", "council.error.duplicate"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("day", java.util.Objects.toString(day, ""));
            redirect.addFlashAttribute("reason", java.util.Objects.toString(reason, ""));
        }
        return "redirect:/admin/council";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/closure-days/remove")
    String removeClosureDay(@RequestParam(required = false) String day, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        var date = closureDate(day, errors);
        if (errors.isEmpty() && workingDays.removeClosureDay(councilId(), date)) {
            redirect.addFlashAttribute("saved", "council.saved.closureRemoved");
        } else {
            redirect.addFlashAttribute("errors", List.of(new FormError("closure-days-heading", "council.error.removeMissing")));
        }
        return "redirect:/admin/council";
    }

    private static java.time.LocalDate closureDate(String value, List<FormError> errors) {
        return FormDates.parse("day", value, true, "council.day.error", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
    }

    private static long councilId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
