package cymru.gofal.review.evidence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.security.CurrentUser;

/**
 * "Start a self-assessment from live data" (the button on /joint-reviews posts here) and "what moved since the last one".
 */
@Controller
class SelfAssessmentController {

    private final SelfAssessments selfAssessments;
    private final WhatMoved moved;

    SelfAssessmentController(SelfAssessments selfAssessments, WhatMoved moved) {
        this.selfAssessments = selfAssessments;
        this.moved = moved;
    }

    @PreAuthorize(EvidenceAccess.SELF_ASSESS)
    @PostMapping("/joint-reviews/self-assessments")
    String start(RedirectAttributes redirect) {
        var user = CurrentUser.get().orElseThrow();
        long id = selfAssessments.startFromLiveData(user.authorityId(), user.getUsername());
        redirect.addFlashAttribute("saved", "review.evidence.self.started");
        return "redirect:/joint-reviews/" + id + "/moved";
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/joint-reviews/{id}/moved")
    String moved(@PathVariable long id, Model model) {
        model.addAttribute("moved", moved.compare(id));
        return "review/evidence/moved";
    }
}
