package cymru.gofal.review.evidence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;

/** /joint-reviews/{id}/sample: the cases sampled for the review's readers, and the form that samples more. */
@Controller
class SamplePagesController {

    private final ReviewContexts contexts;
    private final CaseSamples samples;

    SamplePagesController(ReviewContexts contexts, CaseSamples samples) {
        this.contexts = contexts;
        this.samples = samples;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/joint-reviews/{id}/sample")
    String page(@PathVariable long id, Model model) {
        var ctx = contexts.read(id);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("samples", samples.list(id));
        model.addAttribute("readers", samples.readers(id));
        model.addAttribute("mayWrite", ReviewContexts.mayWrite(ctx) && ctx.review().editable());
        // who may sample (the form): the lead reviewer or a senior manager; mayWrite: who records case file readings
        model.addAttribute("maySample", ReviewContexts.maySample(ctx) && ctx.review().editable());
        model.addAttribute("max", CaseSamples.MAX_AT_ONCE);
        return "review/evidence/sample";
    }

    @PreAuthorize(EvidenceAccess.SAMPLE)
    @PostMapping("/joint-reviews/{id}/sample")
    String sample(@PathVariable long id, @RequestParam(required = false) String reader, @RequestParam(required = false) String serviceArea,
            @RequestParam(required = false) String state, @RequestParam(required = false) String count,
            @RequestParam(required = false) String caseIds, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String raw = caseIds == null ? "" : caseIds.strip();
        if (!raw.isEmpty()) {
            if (!raw.matches("\\d{1,18}([\\s,]+\\d{1,18}){0,99}")) {
                errors.add(new FormError("caseIds", "review.evidence.error.caseIds", CaseSamples.MAX_AT_ONCE));
            } else {
                for (String s : raw.split("[\\s,]+")) {
                    ids.add(Long.valueOf(s));
                }
            }
        }
        long readerId = reader != null && reader.matches("\\d{1,18}") ? Long.parseLong(reader) : -1;
        int n = count != null && count.strip().matches("\\d{1,3}") ? Integer.parseInt(count.strip()) : ids.isEmpty() ? -1 : 0;
        if (errors.isEmpty()) {
            try {
                var done = samples.sample(id, readerId, serviceArea == null ? "ANY" : serviceArea, state == null ? "ANY" : state, n, ids);
                if (done.id() != null) {
                    redirect.addFlashAttribute("saved", "review.evidence.sample.done");
                    redirect.addFlashAttribute("savedArgs", new Object[] {done.id()});
                } else {
                    errors.addAll(done.errors());
                }
            } catch (ReviewContexts.ReadOnlyReviewException e) {
                errors.add(new FormError("reader", "review.evidence.error.published"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/joint-reviews/" + id + "/sample";
    }
}
