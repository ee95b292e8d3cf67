package cymru.gofal.planning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cymru.gofal.planning.internal.Agreement;
import cymru.gofal.planning.internal.DirectPayments;
import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.planning.internal.PlanCreation;
import cymru.gofal.planning.internal.PlanEdits;
import cymru.gofal.planning.internal.Refused;
import cymru.gofal.planning.internal.ServiceLines;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The plan pages' forms, POST-redirect-GET. Each change names the plan version the page showed: when someone else
 * changed the plan meanwhile, the user is told and what they typed comes back in the form, so nothing is lost and
 * nothing is overwritten. Problems go back to the page in the error summary.
 */
@Controller
class PlanActionsController {

    private final PlanCreation creation;
    private final PlanEdits edits;
    private final ServiceLines lines;
    private final Agreement agreement;
    private final DirectPayments payments;

    PlanActionsController(PlanCreation creation, PlanEdits edits, ServiceLines lines, Agreement agreement, DirectPayments payments) {
        this.creation = creation;
        this.edits = edits;
        this.lines = lines;
        this.agreement = agreement;
        this.payments = payments;
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans")
    String create(@RequestParam long person, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            long id = creation.create(form.get("caseId"), form.get("assessmentId"));
            redirect.addFlashAttribute("saved", "planning.saved.created");
            return "redirect:/plans/" + id;
        } catch (Refused e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
            return "redirect:/plans/new?person=" + person;
        }
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/outcomes")
    String addOutcome(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "needId", "planning.saved.outcome", redirect, v -> edits.addOutcome(id, v, form.get("needId"), form.get("outcome")));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/outcomes/{outcomeId}/remove")
    String removeOutcome(@PathVariable long id, @PathVariable long outcomeId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "outcomes-heading", "planning.saved.outcomeRemoved", redirect, v -> edits.removeOutcome(id, v, outcomeId));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/support")
    String addSupport(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "supportOutcomeId", "planning.saved.support", redirect, v -> edits.addSupport(id, v,
                form.get("supportOutcomeId"), form.get("source"), form.get("who"), form.get("what")));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/support/{supportId}/remove")
    String removeSupport(@PathVariable long id, @PathVariable long supportId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "outcomes-heading", "planning.saved.supportRemoved", redirect, v -> edits.removeSupport(id, v, supportId));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/risks")
    String addRisk(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "risk", "planning.saved.risk", redirect, v -> edits.addRisk(id, v, form.get("risk"), form.get("level"),
                form.get("management")));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/risks/{riskId}/remove")
    String removeRisk(@PathVariable long id, @PathVariable long riskId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "risks-heading", "planning.saved.riskRemoved", redirect, v -> edits.removeRisk(id, v, riskId));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/review-date")
    String reviewDate(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "reviewOn", "planning.saved.reviewOn", redirect, v -> edits.setReviewOn(id, v, form.get("reviewOn")));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/services")
    String addService(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/plans/{id}/services/new").queryParam("outcome", form.get("outcomeId"))
                .queryParam("type", form.get("serviceType")).buildAndExpand(id).encode().toUriString();
        return act(id, form, "offerId", "planning.saved.service", redirect, back, v -> lines.add(id, v, new ServiceLines.ServiceInput(
                form.get("outcomeId"), form.get("serviceType"), form.get("offerId"), form.get("unitsPerWeek"), form.get("startOn"),
                form.get("endOn"), form.get("unmetReason"), form.get("unmetSince"), form.get("unmetNote"))));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/services/{serviceId}/meet")
    String meet(@PathVariable long id, @PathVariable long serviceId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "offerId", "planning.saved.met", redirect, "/plans/" + id + "/services/" + serviceId + "/meet",
                v -> lines.meet(id, v, serviceId, form.get("offerId"), form.get("metOn")));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/services/{serviceId}/no-longer-needed")
    String noLongerNeeded(@PathVariable long id, @PathVariable long serviceId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return act(id, form, "outcomes-heading", "planning.saved.noLongerNeeded", redirect, v -> lines.noLongerNeeded(id, v, serviceId));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/services/{serviceId}/remove")
    String removeService(@PathVariable long id, @PathVariable long serviceId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return act(id, form, "outcomes-heading", "planning.saved.serviceRemoved", redirect, v -> lines.remove(id, v, serviceId));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/agreement")
    String agree(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "agreedBy", "planning.saved.agreed", redirect, v -> agreement.agree(id, v, new Agreement.AgreementInput(
                form.get("byPerson"), form.get("byCarer"), form.get("byAdvocate"), form.get("advocateName"), form.get("agreedOn"),
                form.get("note"))));
    }

    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/direct-payments")
    String offer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            payments.offer(id, form.get("offeredOn"));
            redirect.addFlashAttribute("saved", "planning.saved.offered");
        } catch (Refused e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/plans/" + id;
    }

    /**
     * The page has one decision form per undecided offer, so its fields' ids carry the offer's id ({@code decidedOn-12}):
     * the errors name those ids, for the error summary to link to the field on the form that was sent.
     */
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/plans/{id}/direct-payments/{paymentId}/decision")
    String decide(@PathVariable long id, @PathVariable long paymentId, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes redirect) {
        Map<String, String> form = new HashMap<>(params.toSingleValueMap());
        form.put("payment", String.valueOf(paymentId));
        String v = form.get("dpVersion");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            payments.decide(id, paymentId, Integer.parseInt(v), new DirectPayments.DecisionInput(form.get("decision"),
                    form.get("decidedOn"), form.get("weeklyAmount"), form.get("managedBy"), form.get("startOn"), form.get("reviewOn"),
                    form.get("declineReason"), params.getOrDefault("barriers", List.of())));
            redirect.addFlashAttribute("saved", "planning.saved.decided");
        } catch (Refused e) {
            redirect.addFlashAttribute("errors", e.errors().stream()
                    .map(f -> new FormError(f.field() + "-" + paymentId, f.messageKey(), f.args())).toList());
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("formBarriers", params.getOrDefault("barriers", List.of()));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError("decision-" + paymentId, "planning.error.staleDecision")));
        }
        return "redirect:/plans/" + id;
    }

    private String act(long id, Map<String, String> form, String firstField, String saved, RedirectAttributes redirect, IntConsumer change) {
        return act(id, form, firstField, saved, redirect, null, change);
    }

    /**
     * A change from the version the page showed; its problems, or a stale version, go back to the page ({@code back}, or
     * the plan page when null) with what was typed. On success the plan page shows the change.
     */
    private String act(long id, Map<String, String> form, String firstField, String saved, RedirectAttributes redirect, String back,
            IntConsumer change) {
        String v = form.get("version");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            change.accept(Integer.parseInt(v));
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/plans/" + id;
        } catch (Refused e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError(firstField, "planning.error.stale")));
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + (back == null ? "/plans/" + id : back);
    }
}
