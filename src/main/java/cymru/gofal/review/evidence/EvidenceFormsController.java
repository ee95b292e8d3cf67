package cymru.gofal.review.evidence;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.performance.IndicatorFigures;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;

/** The add forms, one per kind of evidence (POST-redirect-GET; the GOV.UK error summary on a problem). */
@Controller
class EvidenceFormsController {

    private final ReviewContexts contexts;
    private final EvidenceAdds adds;
    private final ReadingLists lists;
    private final CaseSamples samples;
    private final CasePanel panel;
    private final IndicatorFigures figures;
    private final java.time.Clock clock;
    private final EvidenceViews views;

    EvidenceFormsController(ReviewContexts contexts, EvidenceAdds adds, ReadingLists lists, CaseSamples samples, CasePanel panel,
            IndicatorFigures figures, java.time.Clock clock, EvidenceViews views) {
        this.views = views;
        this.clock = clock;
        this.contexts = contexts;
        this.adds = adds;
        this.lists = lists;
        this.samples = samples;
        this.panel = panel;
        this.figures = figures;
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @GetMapping("/joint-reviews/{id}/evidence/new/{kind}")
    @Transactional
    String form(@PathVariable long id, @PathVariable String kind, @RequestParam(required = false) String sample, Model model,
            java.util.Locale locale) {
        EvidenceKind k = EvidenceKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("No kind " + kind));
        var ctx = contexts.read(id);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
            model.addAttribute("fields", sample == null ? Map.of() : Map.of("sampleId", sample));
            model.addAttribute("chosenAreas", List.of());
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("kind", k);
        model.addAttribute("mayWrite", ReviewContexts.mayWrite(ctx) && ctx.review().editable());
        if (k == EvidenceKind.INDICATOR) {
            model.addAttribute("indicators", figures.catalogue());
            var fy = SelfAssessments.lastCompleteFinancialYear(cymru.gofal.platform.web.Dates.today(clock));
            model.addAttribute("defaultFrom", cymru.gofal.platform.web.FormDates.format(fy[0]));
            model.addAttribute("defaultTo", cymru.gofal.platform.web.FormDates.format(fy[1]));
        }
        if (k == EvidenceKind.CASE_FILE) {
            var mine = samples.list(id).stream().filter(s -> ctx.user().role() != cymru.gofal.platform.security.Role.REVIEWER
                    || s.reviewerUserId() == ctx.user().id()).toList();
            model.addAttribute("samples", mine);
            model.addAttribute("grades", lists.grades());
            model.addAttribute("questions", lists.questions());
            model.addAttribute("gradeOptions", views.gradeOptions(locale));
            model.addAttribute("answerOptions", views.answerOptions(locale));
            Optional<CaseSamples.Sample> chosen = sample != null && sample.matches("\\d{1,18}")
                    ? mine.stream().filter(s -> s.id() == Long.parseLong(sample)).findFirst() : Optional.empty();
            model.addAttribute("panel", chosen.flatMap(s -> panel.of(s.caseId())));
        }
        return "review/evidence/form";
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @PostMapping("/joint-reviews/{id}/evidence/{kind:[a-z-]+}")
    String add(@PathVariable long id, @PathVariable String kind, @RequestParam Map<String, String> params,
            @RequestParam(required = false) List<String> areas, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        EvidenceKind k = EvidenceKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("No kind " + kind));
        Map<String, String> fields = new HashMap<>(params);
        fields.remove("_csrf");
        EvidenceAdds.Upload upload = file == null ? null
                : new EvidenceAdds.Upload(file.getOriginalFilename(), file.getSize(),
                        file.getSize() > DocumentFiles.MAX_BYTES ? new byte[0] : file.getBytes());
        Evidence.Added added;
        try {
            added = adds.add(id, k, fields, areas == null ? List.of() : areas, upload);
        } catch (ReviewContexts.ReadOnlyReviewException e) {
            added = new Evidence.Added(null, List.of(new FormError("areas", "review.evidence.error.published")));
        }
        if (added.id() != null) {
            redirect.addFlashAttribute("saved", "review.evidence.saved");
            return "redirect:/joint-reviews/" + id + "/evidence/" + added.id();
        }
        redirect.addFlashAttribute("errors", added.errors());
        redirect.addFlashAttribute("fields", fields);
        redirect.addFlashAttribute("chosenAreas", areas == null ? List.of() : areas);
        return "redirect:/joint-reviews/" + id + "/evidence/new/" + k.slug() + (fields.getOrDefault("sampleId", "").matches("\\d{1,18}") ? "?sample=" + fields.get("sampleId") : "");
    }
}
