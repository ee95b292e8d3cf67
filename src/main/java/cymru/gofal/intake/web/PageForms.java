package cymru.gofal.intake.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;

/** The POST-redirect-GET plumbing of intake's forms: what was typed and the errors travel as flash attributes. */
final class PageForms {

    /** Longest value kept for re-showing a form; anything longer was refused anyway. */
    private static final int KEEP = 10_000;

    private PageForms() {
    }

    static void defaults(Model model, Map<String, String> form) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
    }

    static void failed(RedirectAttributes redirect, List<FormError> errors, Map<String, String> typed) {
        Map<String, String> kept = new HashMap<>();
        typed.forEach((k, v) -> {
            if (v != null && v.length() <= KEEP && !"_csrf".equals(k)) {
                kept.put(k, v);
            }
        });
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", kept);
    }

    /**
     * The errors in the order of the form's fields (the GOV.UK error summary lists them as the form asks), whatever
     * order the checks found them in; errors of fields not named keep their order, after the rest.
     */
    static List<FormError> inOrder(List<FormError> errors, List<String> fields) {
        return errors.stream().sorted(java.util.Comparator.comparingInt(e -> {
            int i = fields.indexOf(e.field());
            return i < 0 ? fields.size() : i;
        })).toList();
    }

    static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    static Integer version(String value) {
        return value != null && value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
    }
}
