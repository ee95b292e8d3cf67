package cymru.gofal.assessment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.assessment.internal.Access;
import cymru.gofal.assessment.internal.CarerOffers;
import cymru.gofal.assessment.internal.Commands;
import cymru.gofal.assessment.internal.Completion;
import cymru.gofal.assessment.internal.Eligibility;
import cymru.gofal.assessment.internal.InvalidInput;
import cymru.gofal.assessment.internal.Opening;
import cymru.gofal.assessment.internal.RiskTools;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The assessment page's forms, POST-redirect-GET: each change names the version the page showed, so a second editor
 * is told someone else changed the assessment rather than overwriting it. Problems go back to the page in the error
 * summary with what was typed.
 */
@Controller
class AssessmentActionsController {

    private final Opening opening;
    private final Commands commands;
    private final Eligibility eligibility;
    private final RiskTools risks;
    private final Completion completion;
    private final CarerOffers offers;

    AssessmentActionsController(Opening opening, Commands commands, Eligibility eligibility, RiskTools risks, Completion completion,
            CarerOffers offers) {
        this.opening = opening;
        this.commands = commands;
        this.eligibility = eligibility;
        this.risks = risks;
        this.completion = completion;
        this.offers = offers;
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments")
    String start(@RequestParam long person, @RequestParam(required = false) String type, @RequestParam(required = false) String teamId,
            @RequestParam(required = false) String clockStart, @RequestParam(required = false) Long follows,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            long id = opening.start(person, type, teamId, clockStart, follows);
            redirect.addFlashAttribute("saved", "assessment.saved.started");
            return "redirect:/assessments/" + id;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
            return "redirect:/assessments/new?person=" + person + (follows == null ? "" : "&follows=" + follows);
        }
    }

    @PreAuthorize(Access.MANAGE)
    @PostMapping("/assessments/{id}/allocation")
    String allocate(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "staffId", "assessment.saved.allocated", redirect,
                v -> commands.allocate(id, v, form.get("staffId"), form.get("reason")));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/child-seen")
    String childSeen(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "childSeen", "assessment.saved.childSeen", redirect, v -> commands.childSeen(id, v, form.get("childSeen"),
                form.get("childSeenOn"), form.get("childSeenAlone"), form.get("childNotSeenReason")));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/needs")
    String addNeed(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "domain", "assessment.saved.need", redirect, v -> eligibility.add(id, v, new Eligibility.NeedInput(
                form.get("domain"), form.get("cause"), form.get("ability"), form.get("outcome"), form.get("band"), form.get("reasoning"))));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/risk")
    String risk(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Integer, String> answers = new TreeMap<>();
        form.forEach((k, v) -> {
            if (k.matches("q\\d{1,3}")) {
                answers.put(Integer.valueOf(k.substring(1)), v);
            }
        });
        return act(id, form, "tool", "assessment.saved.risk", redirect, v -> risks.complete(id, v, form.get("tool"), answers));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/completion")
    String complete(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        boolean[] turnedAside = new boolean[1];
        String target = act(id, form, "completedOn", "assessment.saved.completed", redirect, v -> turnedAside[0] = completion.complete(id, v,
                form.get("completedOn"), form.getOrDefault("views", ""), form.getOrDefault("summary", ""), form.get("signpostedTo")));
        if (turnedAside[0]) {
            redirect.addFlashAttribute("saved", "assessment.saved.turnedAside");
        }
        return target;
    }

    @PreAuthorize(Access.MANAGE)
    @PostMapping("/assessments/{id}/sign-off")
    String signOff(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "signOff", "assessment.saved.signedOff", redirect, v -> commands.signOff(id, v));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/carer-offers")
    String offer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String other = form.get("carerOther");
        String carer = other != null && !other.isBlank() ? other : form.get("carerId");
        return act(id, form, "carerId", "assessment.saved.offered", redirect, v -> offers.offer(id, v, carer, form.get("offeredOn")));
    }

    @PreAuthorize(Access.WRITE)
    @PostMapping("/assessments/{id}/carer-offers/{offerId}/response")
    String respond(@PathVariable long id, @PathVariable long offerId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> prefixed = new HashMap<>(form);
        prefixed.put("offer", String.valueOf(offerId));
        return act(id, prefixed, "response-" + offerId, "assessment.saved.responded", redirect, v -> {
            try {
                offers.respond(offerId, v, form.get("response"), form.get("respondedOn"), form.get("declineReason"));
            } catch (InvalidInput e) {
                throw ofOffer(e, offerId);
            }
        });
    }

    /**
     * The page has one answer form per pending offer, so its fields' ids carry the offer's id ({@code respondedOn-12}):
     * the errors name those ids, for the error summary to link to the field on the form that was sent.
     */
    static InvalidInput ofOffer(InvalidInput e, long offerId) {
        return new InvalidInput(e.errors().stream().map(f -> new FormError(f.field() + "-" + offerId, f.messageKey(), f.args())).toList());
    }

    /** A change from the version the page showed; its problems, or a stale version, go back to the page. */
    private String act(long id, Map<String, String> form, String firstField, String saved, RedirectAttributes redirect,
            java.util.function.IntConsumer change) {
        String v = form.get("version");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            change.accept(Integer.parseInt(v));
            redirect.addFlashAttribute("saved", saved);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError(firstField, "assessment.error.stale")));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/assessments/" + id;
    }
}
