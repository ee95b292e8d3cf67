package cymru.gofal.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.intake.internal.CheckBacks;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.IntakeText;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/** One person turned aside, and recording the check-back with them (optimistically locked). */
@Controller
@RequestMapping("/intake/turned-aside/{id}")
class CheckBackPagesController {

    private final CheckBacks checkBacks;
    private final Clock clock;
    private final cymru.gofal.workforce.Workforce workforce;

    CheckBackPagesController(CheckBacks checkBacks, Clock clock, cymru.gofal.workforce.Workforce workforce) {
        this.checkBacks = checkBacks;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping
    String view(@PathVariable long id, Model model) {
        CheckBacks.View v = checkBacks.view(id);
        PageForms.defaults(model, Map.of("checkedBackOn", FormDates.format(Dates.today(clock))));
        model.addAttribute("t", v.row());
        model.addAttribute("person", v.person());
        model.addAttribute("names", workforce.namesByUsername(cymru.gofal.platform.security.CurrentUser.get().orElseThrow().authorityId(),
                java.util.Collections.singletonList(v.row().checkedBackBy())));
        return "intake/turned-aside-row";
    }

    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping("/check-back")
    String record(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        CheckBacks.View v = checkBacks.view(id);
        LocalDate on = FormDates.parse("checkedBackOn", f.get("checkedBackOn"), true, "intake.error.checkedBackOn",
                EnglandAndWalesHolidays.FIRST_YEAR, EnglandAndWalesHolidays.LAST_YEAR, errors);
        if (on != null && on.isBefore(v.row().turnedAsideOn())) {
            errors.add(new FormError("checkedBackOn", "intake.error.checkedBackOn.beforeTurnedAside"));
        } else if (on != null && on.isAfter(Dates.today(clock))) {
            errors.add(new FormError("checkedBackOn", "intake.error.checkedBackOn.future"));
        }
        String note = IntakeText.required("checkBackNote", f.get("checkBackNote"), 4000, "intake.error.checkBackNote", errors);
        Integer version = PageForms.version(f.get("version"));
        if (errors.isEmpty()) {
            try {
                if (version == null) {
                    throw new StaleVersionException("No version");
                }
                checkBacks.record(id, version, on, note);
                redirect.addFlashAttribute("saved", "intake.checkBack.saved");
                return "redirect:/intake/turned-aside/" + id;
            } catch (StaleVersionException e) {
                errors.add(new FormError("checkedBackOn", "intake.error.stale"));
            }
        }
        PageForms.failed(redirect, errors, f);
        return "redirect:/intake/turned-aside/" + id;
    }
}
