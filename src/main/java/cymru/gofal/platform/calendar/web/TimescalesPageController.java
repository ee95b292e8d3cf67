package cymru.gofal.platform.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.platform.calendar.ClockStatus;
import cymru.gofal.platform.calendar.OutsideCalendarRangeException;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/**
 * The statutory timescales of the user's council's regime (or another regime, to compare), and a check of
 * one clock: due date and status as of a date, counted in the council's working days.
 */
@Controller
class TimescalesPageController {

    private final TimescaleRules rules;
    private final Clock clock;

    TimescalesPageController(TimescaleRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/timescales")
    String page(@RequestParam(required = false) String regime, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String start, @RequestParam(required = false) String stopped,
            @RequestParam(required = false) String asOf, Model model, java.util.Locale locale) {
        long council = CurrentUser.get().orElseThrow().authorityId();
        String councilRegime = rules.regimeOf(council);
        String shown = regime != null && rules.regime(regime).isPresent() ? regime : councilRegime;
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        List<TimescaleRule> list = rules.rules(shown).stream()
                .sorted(java.util.Comparator.comparing(r -> "cy".equals(locale.getLanguage()) ? r.titleCy() : r.titleEn(), collator))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        model.addAttribute("regimes", rules.regimes());
        model.addAttribute("regime", rules.regime(shown).orElseThrow());
        model.addAttribute("councilRegime", councilRegime);
        model.addAttribute("rules", list);
        model.addAttribute("ruleCode", rule);
        model.addAttribute("start", start);
        model.addAttribute("stopped", stopped);
        model.addAttribute("asOf", asOf == null ? FormDates.format(today) : asOf);
        List<FormError> errors = new ArrayList<>();
        if (rule != null || start != null) {
            Optional<TimescaleRule> chosen = rule == null ? Optional.empty() : rules.rule(shown, rule);
            if (chosen.isEmpty()) {
                errors.add(new FormError("rule", "timescales.error.rule"));
            }
            LocalDate s = PageParams.date("start", start, true, "timescales.start", errors);
            LocalDate st = PageParams.date("stopped", stopped, false, "timescales.stopped", errors);
            LocalDate d = asOf == null ? today : PageParams.date("asOf", asOf, true, "timescales.asOf", errors);
            if (s != null && st != null && st.isBefore(s)) {
                errors.add(new FormError("stopped", "timescales.error.stoppedBeforeStart"));
            }
            if (s != null && d != null && d.isBefore(s)) {
                errors.add(new FormError("asOf", "timescales.error.asOfBeforeStart"));
            }
            if (errors.isEmpty()) {
                try {
                    ClockStatus status = rules.status(council, chosen.get(), s, st, d);
                    model.addAttribute("status", status);
                    model.addAttribute("checkedRule", chosen.get());
                } catch (OutsideCalendarRangeException e) {
                    errors.add(new FormError("start", "timescales.error.range"));
                }
            }
        }
        model.addAttribute("errors", errors);
        return "platform/timescales";
    }
}
