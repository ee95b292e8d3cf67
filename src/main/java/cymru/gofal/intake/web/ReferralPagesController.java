package cymru.gofal.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.intake.internal.Decision;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.IntakeValidator;
import cymru.gofal.intake.internal.ReferenceLists;
import cymru.gofal.intake.internal.ReferralService;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.workforce.Workforce;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * A referral with its due dates and, until screened, the decision form. A decision is made once: a second manager
 * deciding from the same page is told it has been decided, and nothing is overwritten.
 */
@Controller
@RequestMapping("/intake/referrals")
class ReferralPagesController {

    /** The decision form's fields, top to bottom. */
    static final List<String> DECISION_FIELDS = List.of("outcome", "assessmentTeamId", "signpostedTo", "decisionReason");

    private final ReferralService referrals;
    private final IntakeValidator validator;
    private final ReferenceLists lists;
    private final IntakeFormat format;
    private final Workforce workforce;
    private final Clock clock;

    ReferralPagesController(ReferralService referrals, IntakeValidator validator, ReferenceLists lists, IntakeFormat format, Workforce workforce,
            Clock clock) {
        this.referrals = referrals;
        this.validator = validator;
        this.lists = lists;
        this.format = format;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        ReferralService.ReferralView v = referrals.view(id);
        PageForms.defaults(model, Map.of());
        model.addAttribute("r", v.referral());
        model.addAttribute("person", v.person());
        model.addAttribute("names", workforce.namesByUsername(CurrentUser.get().orElseThrow().authorityId(),
                java.util.Arrays.asList(v.referral().recordedBy(), v.referral().decidedBy())));
        model.addAttribute("today", Dates.today(clock));
        model.addAttribute("decisions", lists.list(ReferenceLists.REFERRAL_OUTCOME));
        model.addAttribute("services", lists.list(ReferenceLists.COMMUNITY_SERVICE));
        return "intake/referral";
    }

    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping("/{id}/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Decision d = validator.decision(new Decision(f.get("outcome"), f.get("decisionReason"), PageForms.id(f.get("assessmentTeamId")),
                f.get("signpostedTo")), errors);
        Integer version = PageForms.version(f.get("version"));
        if (errors.isEmpty()) {
            try {
                if (version == null) {
                    throw new StaleVersionException("No version");
                }
                referrals.decide(id, version, d);
                if ("ASSESSMENT".equals(d.outcome())) {
                    redirect.addFlashAttribute("saved", "intake.decision.savedAssessment");
                    redirect.addFlashAttribute("savedArgs", new Object[] {format.team(d.assessmentTeamId())});
                } else {
                    redirect.addFlashAttribute("saved", lists.turnsAside(d.outcome()) ? "intake.decision.savedTurnedAside" : "intake.decision.saved");
                }
                return "redirect:/intake/referrals/" + id;
            } catch (ReferralService.AlreadyDecidedException e) {
                errors.add(new FormError("outcome", "intake.error.decided"));
            } catch (StaleVersionException e) {
                errors.add(new FormError("outcome", "intake.error.stale"));
            }
        }
        PageForms.failed(redirect, PageForms.inOrder(errors, DECISION_FIELDS), f);
        return "redirect:/intake/referrals/" + id;
    }
}
