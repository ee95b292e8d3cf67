package cymru.gofal.people.web;

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

import cymru.gofal.people.internal.MergeService;
import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/** Merging a duplicate into the record kept, after comparing the two side by side; and undoing a merge. */
@Controller
class MergeController {

    private final PersonService people;
    private final MergeService merges;

    MergeController(PersonService people, MergeService merges) {
        this.people = people;
        this.merges = merges;
    }

    @PreAuthorize(PeopleAccess.MERGE)
    @GetMapping("/people/{id}/merge")
    String page(@PathVariable long id, @RequestParam(required = false) String other, Model model) {
        List<FormError> errors = new ArrayList<>();
        model.addAttribute("kept", people.view(id));
        model.addAttribute("other", other);
        if (other != null && !other.isBlank()) {
            Long otherId = RecordNumbers.parse(other);
            String refusal = otherId == null ? "people.merge.error.notFound" : merges.refusal(id, otherId);
            if (refusal != null) {
                errors.add(new FormError("other", refusal));
            } else {
                model.addAttribute("merged", people.view(otherId));
            }
        }
        model.addAttribute("errors", errors);
        return "people/merge";
    }

    @PreAuthorize(PeopleAccess.MERGE)
    @PostMapping("/people/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) String other, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Long otherId = RecordNumbers.parse(other);
        String why = FormText.required("reason", reason, 1000, "people.error.mergeReason", errors);
        if (otherId == null) {
            errors.add(new FormError("other", "people.merge.error.notFound"));
        }
        if (errors.isEmpty()) {
            try {
                merges.merge(id, otherId, why);
                redirect.addFlashAttribute("saved", "people.saved.merged");
                return "redirect:/people/" + id;
            } catch (MergeService.MergeRefusedException e) {
                errors.add(new FormError("other", e.messageKey()));
            }
        }
        model.addAttribute("kept", people.view(id));
        model.addAttribute("other", other);
        model.addAttribute("reason", reason);
        if (otherId != null && errors.stream().noneMatch(e -> e.field().equals("other"))) {
            model.addAttribute("merged", people.view(otherId));
        }
        model.addAttribute("errors", errors);
        return "people/merge";
    }

    @PreAuthorize(PeopleAccess.MERGE)
    @GetMapping("/people/merges/{mergeId}/undo")
    String undoPage(@PathVariable long mergeId, Model model) {
        model.addAttribute("errors", List.of());
        model.addAttribute("mergeId", mergeId);
        model.addAttribute("merge", merges.find(mergeId));
        return "people/undo-merge";
    }

    @PreAuthorize(PeopleAccess.MERGE)
    @PostMapping("/people/merges/{mergeId}/undo")
    String undo(@PathVariable long mergeId, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String why = FormText.required("reason", reason, 1000, "people.error.mergeReason", errors);
        if (errors.isEmpty()) {
            try {
                long freed = merges.undo(mergeId, why);
                redirect.addFlashAttribute("saved", "people.saved.unmerged");
                return "redirect:/people/" + freed;
            } catch (MergeService.MergeRefusedException e) {
                errors.add(new FormError("reason", e.messageKey()));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("mergeId", mergeId);
        model.addAttribute("merge", merges.find(mergeId));
        model.addAttribute("reason", reason);
        return "people/undo-merge";
    }
}
