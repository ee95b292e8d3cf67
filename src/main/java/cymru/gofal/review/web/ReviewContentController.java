package cymru.gofal.review.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.review.ReviewAccess;
import cymru.gofal.review.internal.ContentEdits;

/**
 * A review's content on its page: a rating per area (a level of the question's scale, GOV.UK radios, and the
 * rationale), the overall judgement per question, findings, priorities and their actions. All optimistically locked
 * by the review's version; refused once the review is published.
 */
@Controller
@RequestMapping("/joint-reviews/{id}")
class ReviewContentController {

    private static final int LONG = 20_000;

    private final ContentEdits edits;

    ReviewContentController(ContentEdits edits) {
        this.edits = edits;
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/ratings")
    String rate(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String area,
            @RequestParam(required = false) String level, @RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
        // The page names each area's boxes after the area (rationale-ACCESS), so that labels and errors find them.
        String rationale = typed(form, "rationale", area);
        String rationaleCy = typed(form, "rationaleCy", area);
        List<FormError> errors = new ArrayList<>();
        if (level == null || level.isBlank()) {
            errors.add(new FormError("level-" + area, "review.error.level"));
        }
        String en = FormText.required("rationale-" + area, rationale, LONG, "review.rationale", errors);
        String cy = FormText.optional("rationaleCy-" + area, rationaleCy, LONG, "review.rationale", errors);
        PageEdits.run(errors, redirect, "review.saved.rating", () -> edits.rate(id, PageEdits.version(version), area, level, en, cy));
        return "redirect:/joint-reviews/" + id + "#area-" + area;
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/judgements")
    String judge(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String question,
            @RequestParam(required = false) String level, @RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
        String narrative = typed(form, "narrative", question);
        String narrativeCy = typed(form, "narrativeCy", question);
        List<FormError> errors = new ArrayList<>();
        if (level == null || level.isBlank()) {
            errors.add(new FormError("judgement-" + question, "review.error.level"));
        }
        String en = FormText.required("narrative-" + question, narrative, LONG, "review.narrative", errors);
        String cy = FormText.optional("narrativeCy-" + question, narrativeCy, LONG, "review.narrative", errors);
        PageEdits.run(errors, redirect, "review.saved.judgement", () -> edits.judge(id, PageEdits.version(version), question, level, en, cy));
        return "redirect:/joint-reviews/" + id + "#question-" + question;
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/findings")
    String addFinding(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String question, @RequestParam(required = false) String text,
            @RequestParam(required = false) String textCy, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String field = "finding-" + kind + (question == null ? "" : "-" + question);
        String en = FormText.required(field, text, 2000, "review.finding.text", errors);
        String cy = FormText.optional(field + "-cy", textCy, 2000, "review.finding.text", errors);
        PageEdits.run(errors, redirect, "review.saved.finding", () -> edits.addFinding(id, PageEdits.version(version), kind, question, en, cy));
        return "redirect:/joint-reviews/" + id + "#findings";
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/priorities")
    String addPriority(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam java.util.Map<String, String> form,
            RedirectAttributes redirect) {
        String title = form.getOrDefault("priority-title", form.get("title"));
        String titleCy = form.getOrDefault("priority-title-cy", form.get("titleCy"));
        List<FormError> errors = new ArrayList<>();
        String en = FormText.required("priority-title", title, 1000, "review.priority.title", errors);
        String cy = FormText.optional("priority-title-cy", titleCy, 1000, "review.priority.title", errors);
        PageEdits.run(errors, redirect, "review.saved.priority", () -> edits.addPriority(id, PageEdits.version(version), en, cy));
        return "redirect:/joint-reviews/" + id + "#priorities";
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/priorities/{priority}/actions")
    String addAction(@PathVariable long id, @PathVariable long priority, @RequestParam(required = false) String version,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String text,
            @RequestParam(required = false) String textCy, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String en = FormText.required("action-" + priority, text, 2000, "review.action.text", errors);
        String cy = FormText.optional("action-" + priority + "-cy", textCy, 2000, "review.action.text", errors);
        PageEdits.run(errors, redirect, "review.saved.action",
                () -> edits.addAction(id, PageEdits.version(version), priority, audience, en, cy));
        return "redirect:/joint-reviews/" + id + "#priority-" + priority;
    }

    /** Removes a finding, a priority (with its actions) or an action of this review. */
    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String what,
            @RequestParam(required = false) Long item, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (item == null || !List.of("finding", "priority", "action").contains(what)) {
            errors.add(new FormError("findings", "review.error.missing"));
        }
        PageEdits.run(errors, redirect, "review.saved.removed", () -> edits.remove(id, PageEdits.version(version), what, item));
        return "redirect:/joint-reviews/" + id;
    }

    /** A box's text: named after its item on the page ({@code rationale-ACCESS}), or plainly ({@code rationale}). */
    private static String typed(java.util.Map<String, String> form, String name, String item) {
        String own = item == null ? null : form.get(name + "-" + item);
        return own != null ? own : form.get(name);
    }
}
