package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.performance.internal.Commentaries;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Targets;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Setting a target and writing a commentary, from an indicator's page. Both are optimistically locked: someone
 * working from an old page is told that it changed, and nothing is overwritten.
 */
@Controller
class PerformanceActionsController {

    private final Indicators indicators;
    private final Targets targets;
    private final Commentaries commentaries;

    PerformanceActionsController(Indicators indicators, Targets targets, Commentaries commentaries) {
        this.indicators = indicators;
        this.targets = targets;
        this.commentaries = commentaries;
    }

    /**
     * period: "2026" (the financial year 2026-27) or "2026-Q2". The version of the target the user saw for that period
     * is {@code version-<period>} (the page sends one for every period that has a target), or {@code version}.
     */
    @PreAuthorize(PerformanceAccess.TARGETS)
    @PostMapping("/performance/targets")
    String setTarget(@RequestParam(required = false) String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String target, @RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
        String version = form.getOrDefault("version-" + period, form.get("version"));
        Indicator indicator = find(code);
        List<FormError> errors = new ArrayList<>();
        int[] p = period(period);
        if (p == null) {
            errors.add(new FormError("period", "performance.target.error.period"));
        }
        BigDecimal value = null;
        String t = target == null ? "" : target.strip();
        if (t.isEmpty()) {
            errors.add(new FormError("target", "performance.target.error.required"));
        } else if (!t.matches("\\d{1,9}(\\.\\d)?")) {
            errors.add(new FormError("target", "performance.target.error.number"));
        } else {
            value = new BigDecimal(t);
            if (indicator.percent() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new FormError("target", "performance.target.error.percent"));
            }
        }
        if (errors.isEmpty()) {
            try {
                targets.set(authority(), new Targets.Key(indicator.code(), p[0], p[1]), value, version(version), CurrentUser.username());
                redirect.addFlashAttribute("saved", "performance.target.saved");
            } catch (StaleVersionException e) {
                errors.add(new FormError("target", "performance.target.error.stale"));
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("targetInput", t);
            redirect.addFlashAttribute("periodInput", Objects.toString(period, ""));
        }
        redirect.addFlashAttribute("errors", errors);
        return back(indicator);
    }

    @PreAuthorize(PerformanceAccess.COMMENT)
    @PostMapping("/performance/commentary")
    String comment(@RequestParam(required = false) String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String body, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        Indicator indicator = find(code);
        List<FormError> errors = new ArrayList<>();
        int[] p = period(period);
        if (p == null || p[1] == 0) {
            errors.add(new FormError("commentary", "performance.commentary.error.period"));
        }
        String text = FormText.required("commentary", body, 8000, "performance.commentary.error", errors);
        if (errors.isEmpty()) {
            try {
                commentaries.write(authority(), new Commentaries.Key(indicator.code(), p[0], p[1]), text, version(version),
                        CurrentUser.username());
                redirect.addFlashAttribute("saved", "performance.commentary.saved");
            } catch (StaleVersionException e) {
                errors.add(new FormError("commentary", "performance.commentary.error.stale"));
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("commentaryInput", Objects.toString(body, ""));
        }
        redirect.addFlashAttribute("errors", errors);
        return back(indicator);
    }

    private Indicator find(String code) {
        if (code == null) {
            throw new NotFoundException("No indicator");
        }
        return indicators.find(code).orElseThrow(() -> new NotFoundException("No indicator " + code));
    }

    /** [financial year, quarter (0 = the year)], or null when not a period. */
    static int[] period(String v) {
        if (v == null || !v.matches("20\\d{2}(-Q[1-4])?")) {
            return null;
        }
        return new int[] {Integer.parseInt(v.substring(0, 4)), v.length() == 4 ? 0 : v.charAt(6) - '0'};
    }

    private static Integer version(String v) {
        return v != null && v.matches("\\d{1,9}") ? Integer.valueOf(v) : null;
    }

    private static String back(Indicator indicator) {
        return "redirect:/performance/indicator?code=" + URLEncoder.encode(indicator.code(), StandardCharsets.UTF_8);
    }

    private static long authority() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
