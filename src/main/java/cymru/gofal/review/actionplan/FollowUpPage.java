package cymru.gofal.review.actionplan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The follow-up of a review: what was done per priority and what the linked indicators did since the review. */
@Controller
class FollowUpPage {

    private final FollowUps followUps;

    FollowUpPage(FollowUps followUps) {
        this.followUps = followUps;
    }

    @PreAuthorize(ActionPlanAccess.SUMMARY)
    @GetMapping("/joint-reviews/{id}/follow-up")
    String followUp(@PathVariable long id, Model model) {
        FollowUps.FollowUp f = followUps.followUp(id);
        model.addAttribute("f", f);
        model.addAttribute("plan", f.plan());
        model.addAttribute("review", f.plan().review());
        return "review/actionplan/follow-up";
    }
}
