package cymru.gofal.review.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.review.ReviewAccess;
import cymru.gofal.review.ReviewFrameworks;
import cymru.gofal.review.internal.FrameworkEdits;

/** Review frameworks: everyone with review access reads them; an ADMIN defines a new one, part by part, then locks it. */
@Controller
@RequestMapping("/review/frameworks")
class FrameworkPagesController {

    private final ReviewFrameworks frameworks;
    private final FrameworkEdits edits;

    FrameworkPagesController(ReviewFrameworks frameworks, FrameworkEdits edits) {
        this.frameworks = frameworks;
        this.edits = edits;
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("admin", admin());
        model.addAttribute("errors", model.getAttribute("errors") == null ? List.of() : model.getAttribute("errors"));
        return "review/frameworks";
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/{code}")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("admin", admin());
        model.addAttribute("framework", frameworks.find(code).orElseThrow(() -> new NotFoundException("No framework " + code)));
        model.addAttribute("errors", model.getAttribute("errors") == null ? List.of() : model.getAttribute("errors"));
        return "review/framework";
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String nameCy, @RequestParam(required = false) String descriptionEn,
            @RequestParam(required = false) String descriptionCy, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String c = FormText.required("code", code, 40, "review.framework.code", errors);
        String[] t = texts(errors, "name", nameEn, nameCy, 200, "description", descriptionEn, descriptionCy, 4000);
        PageEdits.run(errors, redirect, "review.framework.saved", () -> edits.create(c, t[0], t[1], t[2], t[3]));
        return errors.isEmpty() ? "redirect:/review/frameworks/" + c : "redirect:/review/frameworks";
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping("/{code}/scales")
    String addScale(@PathVariable String code, @RequestParam(required = false) String version,
            @RequestParam(required = false) String scaleCode, @RequestParam(required = false) String scaleNameEn,
            @RequestParam(required = false) String scaleNameCy, @RequestParam(required = false) String levels, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String sc = code(errors, "scaleCode", scaleCode);
        String[] t = texts(errors, "scaleName", scaleNameEn, scaleNameCy, 200, null, null, null, 0);
        List<FrameworkEdits.NewLevel> parsed = new ArrayList<>();
        String lines = FormText.required("levels", levels, 4000, "review.framework.levels", errors);
        if (lines != null) {
            for (String line : lines.split("\\R")) {
                String[] parts = line.split("\\|");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    errors.add(new FormError("levels", "review.framework.error.levels"));
                    break;
                }
                parsed.add(new FrameworkEdits.NewLevel(parts[0].strip(), parts[1].strip()));
            }
        }
        PageEdits.run(errors, redirect, "review.framework.saved",
                () -> edits.addScale(code, PageEdits.version(version), sc, t[0], t[1], parsed));
        return "redirect:/review/frameworks/" + code;
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping("/{code}/questions")
    String addQuestion(@PathVariable String code, @RequestParam(required = false) String version,
            @RequestParam(required = false) String questionCode, @RequestParam(required = false) String questionTextEn,
            @RequestParam(required = false) String questionTextCy, @RequestParam(required = false) String scale, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String qc = code(errors, "questionCode", questionCode);
        String[] t = texts(errors, "questionText", questionTextEn, questionTextCy, 400, null, null, null, 0);
        PageEdits.run(errors, redirect, "review.framework.saved",
                () -> edits.addQuestion(code, PageEdits.version(version), qc, t[0], t[1], scale));
        return "redirect:/review/frameworks/" + code;
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping("/{code}/themes")
    String addTheme(@PathVariable String code, @RequestParam(required = false) String version,
            @RequestParam(required = false) String question, @RequestParam(required = false) String themeNameEn,
            @RequestParam(required = false) String themeNameCy, @RequestParam(required = false) String scopeEn,
            @RequestParam(required = false) String scopeCy, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String[] t = texts(errors, "themeName", themeNameEn, themeNameCy, 200, null, null, null, 0);
        String se = FormText.optional("scopeEn", scopeEn, 400, "review.framework.scope", errors);
        String sc = FormText.optional("scopeCy", scopeCy, 400, "review.framework.scope", errors);
        if ((se == null) != (sc == null)) {
            errors.add(new FormError("scopeCy", "review.framework.error.scopeBoth"));
        }
        PageEdits.run(errors, redirect, "review.framework.saved",
                () -> edits.addTheme(code, PageEdits.version(version), question, t[0], t[1], se, sc));
        return "redirect:/review/frameworks/" + code;
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping("/{code}/areas")
    String addArea(@PathVariable String code, @RequestParam(required = false) String version,
            @RequestParam(required = false) Long theme, @RequestParam(required = false) String areaCode,
            @RequestParam(required = false) String areaNameEn, @RequestParam(required = false) String areaNameCy, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String ac = code(errors, "areaCode", areaCode);
        String[] t = texts(errors, "areaName", areaNameEn, areaNameCy, 200, null, null, null, 0);
        if (theme == null) {
            errors.add(new FormError("theme", "review.framework.error.theme"));
        }
        PageEdits.run(errors, redirect, "review.framework.saved",
                () -> edits.addArea(code, PageEdits.version(version), theme, ac, t[0], t[1]));
        return "redirect:/review/frameworks/" + code;
    }

    @PreAuthorize(ReviewAccess.ADMIN)
    @PostMapping("/{code}/lock")
    String lock(@PathVariable String code, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        PageEdits.run(new ArrayList<>(), redirect, "review.framework.locked", () -> edits.lock(code, PageEdits.version(version)));
        return "redirect:/review/frameworks/" + code;
    }

    private static boolean admin() {
        return cymru.gofal.platform.security.CurrentUser.get().orElseThrow().role() == cymru.gofal.platform.security.Role.ADMIN;
    }

    private static String code(List<FormError> errors, String field, String value) {
        String v = FormText.required(field, value, 40, "review.framework.code", errors);
        if (v != null && !v.matches("[A-Z][A-Z0-9_]{0,39}")) {
            errors.add(new FormError(field, "review.framework.error.code"));
            return null;
        }
        return v;
    }

    /** Required English and Welsh of one or two texts: fields a+"En", a+"Cy" (and b's). */
    private static String[] texts(List<FormError> errors, String a, String aEn, String aCy, int aMax, String b, String bEn,
            String bCy, int bMax) {
        String[] out = new String[4];
        out[0] = FormText.required(a + "En", aEn, aMax, "review.framework.text", errors);
        out[1] = FormText.required(a + "Cy", aCy, aMax, "review.framework.text", errors);
        if (b != null) {
            out[2] = FormText.required(b + "En", bEn, bMax, "review.framework.text", errors);
            out[3] = FormText.required(b + "Cy", bCy, bMax, "review.framework.text", errors);
        }
        return out;
    }
}
