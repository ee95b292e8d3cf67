package cymru.gofal.casework.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.casework.internal.CaseAccess;
import cymru.gofal.casework.internal.CaseAllocations;
import cymru.gofal.casework.internal.CaseChanges;
import cymru.gofal.casework.internal.CaseConflict;
import cymru.gofal.casework.internal.CaseNotes;
import cymru.gofal.casework.internal.CaseOpening;
import cymru.gofal.casework.internal.InvalidCase;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The case pages' forms, POST-redirect-GET. Each change to the case names the version the page showed, so a second
 * editor is told someone else changed the case rather than overwriting it; a closed case refuses every change with a clear
 * message. Problems go back to the page in the error summary with what was typed.
 */
@Controller
class CaseActionsController {

    private final CaseOpening opening;
    private final CaseAllocations allocations;
    private final CaseChanges changes;
    private final CaseNotes notes;

    CaseActionsController(CaseOpening opening, CaseAllocations allocations, CaseChanges changes, CaseNotes notes) {
        this.opening = opening;
        this.allocations = allocations;
        this.changes = changes;
        this.notes = notes;
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping("/cases")
    String open(@RequestParam long person, @RequestParam Map<String, String> form,
            @RequestParam(name = "needs", required = false) List<String> needs, RedirectAttributes redirect) {
        try {
            long id = opening.open(person, form.get("source"), form.get("teamId"), form.get("complexity"), needs);
            redirect.addFlashAttribute("saved", "casework.saved.opened");
            return "redirect:/cases/" + id;
        } catch (InvalidCase e) {
            back(redirect, e.errors(), form, needs);
        } catch (CaseConflict e) {
            back(redirect, List.of(new FormError(e.field(), e.messageKey())), form, needs);
        }
        return "redirect:/cases/new?person=" + person;
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping("/cases/{id}/profile")
    String profile(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(name = "needs", required = false) List<String> needs, RedirectAttributes redirect) {
        return act(id, form, needs, "complexity", "casework.saved.profile", redirect,
                v -> changes.profile(id, v, form.get("complexity"), needs == null ? List.of() : needs), "/cases/" + id);
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping("/cases/{id}/allocation")
    String allocate(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String target = act(id, form, null, "staffId", "casework.saved.allocated", redirect,
                v -> allocations.allocate(id, v, form.get("staffId"), form.get("overrideReason"), form.get("reason")), null);
        return target != null ? target : "redirect:/cases/" + id + "/allocation";
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping("/cases/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, null, "teamId", "casework.saved.transferred", redirect,
                v -> changes.transfer(id, v, form.get("teamId"), form.get("handover")), "/cases/" + id);
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, null, "reason", "casework.saved.closed", redirect,
                v -> changes.close(id, v, form.get("reason"), form.get("summary"), form.get("closedOn")), "/cases/" + id);
    }

    @PreAuthorize(CaseAccess.WRITE)
    @PostMapping("/cases/{id}/notes")
    String addNote(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            notes.add(id, input(form));
            redirect.addFlashAttribute("saved", "casework.saved.note");
        } catch (InvalidCase e) {
            back(redirect, e.errors(), form, null);
        } catch (CaseConflict e) {
            back(redirect, List.of(new FormError(e.field(), e.messageKey())), form, null);
        }
        return "redirect:/cases/" + id + "#notes";
    }

    @PreAuthorize(CaseAccess.WRITE)
    @PostMapping("/cases/{id}/notes/{noteId}/correction")
    String correctNote(@PathVariable long id, @PathVariable long noteId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            notes.correct(id, noteId, input(form), form.get("correctionReason"));
            redirect.addFlashAttribute("saved", "casework.saved.corrected");
            return "redirect:/cases/" + id + "#notes";
        } catch (InvalidCase e) {
            back(redirect, e.errors(), form, null);
            redirect.addFlashAttribute("filled", true);
            return "redirect:/cases/" + id + "/notes/" + noteId + "/correction";
        } catch (CaseConflict e) {
            back(redirect, List.of(new FormError(e.field(), e.messageKey())), form, null);
            return "redirect:/cases/" + id;
        }
    }

    private static CaseNotes.NoteInput input(Map<String, String> form) {
        return new CaseNotes.NoteInput(form.get("noteType"), form.get("occurredOn"), form.get("occurredTime"), form.get("body"),
                "yes".equals(form.get("significant")));
    }

    /**
     * Applies a change from the version the page showed; problems, a stale version or a closed case go back to the page.
     * Answers {@code success} as a redirect (null for none given), or the case page after a problem.
     */
    private String act(long id, Map<String, String> form, List<String> needs, String firstField, String saved, RedirectAttributes redirect,
            java.util.function.IntConsumer change, String success) {
        String v = form.get("version");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            change.accept(Integer.parseInt(v));
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/cases/" + id;
        } catch (InvalidCase e) {
            back(redirect, e.errors(), form, needs);
        } catch (StaleVersionException e) {
            back(redirect, List.of(new FormError(firstField, "casework.error.stale")), form, needs);
        } catch (CaseConflict e) {
            back(redirect, List.of(new FormError(e.field(), e.messageKey())), form, needs);
            return "redirect:/cases/" + id;
        }
        return success == null ? null : "redirect:" + success;
    }

    private static void back(RedirectAttributes redirect, List<FormError> errors, Map<String, String> form, List<String> needs) {
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("formNeeds", needs == null ? List.of() : needs);
    }
}
