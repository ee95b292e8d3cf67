package cymru.gofal.review.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;

/**
 * The evidence pages of a review: the list by area (filters by area and kind), the suggested ratings with the rule
 * that made them and a button to recompute them, one item (a case file with the case beside it), and a document's
 * download (as an attachment, never shown inline).
 */
@Controller
class EvidencePagesController {

    private final ReviewContexts contexts;
    private final Evidence evidence;
    private final Suggestions suggestions;
    private final ReadingLists lists;
    private final CasePanel panel;

    EvidencePagesController(ReviewContexts contexts, Evidence evidence, Suggestions suggestions, ReadingLists lists, CasePanel panel) {
        this.contexts = contexts;
        this.evidence = evidence;
        this.suggestions = suggestions;
        this.lists = lists;
        this.panel = panel;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/joint-reviews/{id}/evidence")
    String list(@PathVariable long id, @RequestParam(required = false) String area, @RequestParam(required = false) String kind, Model model) {
        var ctx = contexts.read(id);
        Long areaId = area != null && area.matches("\\d{1,18}") && ctx.areaIds().contains(Long.valueOf(area)) ? Long.valueOf(area) : null;
        String kindCode = EvidenceKind.ofCode(kind).map(Enum::name).orElse(null);
        List<EvidenceItem> items = evidence.list(id, areaId, kindCode);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("items", items);
        model.addAttribute("areaFilter", areaId);
        model.addAttribute("kindFilter", kindCode);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("mayWrite", ReviewContexts.mayWrite(ctx) && ctx.review().editable());
        return "review/evidence/list";
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/joint-reviews/{id}/evidence/{evidenceId:\\d+}")
    @Transactional
    String item(@PathVariable long id, @PathVariable long evidenceId, Model model) {
        var ctx = contexts.read(id);
        EvidenceItem item = evidence.find(id, evidenceId).orElseThrow(() -> Evidence.notFound(evidenceId));
        model.addAttribute("ctx", ctx);
        model.addAttribute("item", item);
        model.addAttribute("grades", lists.grades());
        model.addAttribute("questions", lists.questions());
        model.addAttribute("panel", item.caseFile() == null ? Optional.empty() : panel.of(item.caseFile().caseId()));
        return "review/evidence/item";
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/joint-reviews/{id}/evidence/{evidenceId:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId) {
        Evidence.Download d = evidence.document(id, evidenceId).orElseThrow(() -> Evidence.notFound(evidenceId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(d.bytes());
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @PostMapping("/joint-reviews/{id}/evidence/suggestions")
    String suggest(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int n = suggestions.suggestAll(id);
            redirect.addFlashAttribute("saved", "review.evidence.suggest.done");
            redirect.addFlashAttribute("savedArgs", new Object[] {n});
        } catch (ReviewContexts.ReadOnlyReviewException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError("suggest", "review.evidence.error.published")));
        }
        return "redirect:/joint-reviews/" + id + "/evidence";
    }
}
