package cymru.gofal.review.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.review.internal.JointReviewReads;

/**
 * The council's published review reports, for everyone who may read them ({@link ReportAccess}), councillors
 * included: the way in to a report for those who do not work on reviews (the reviews list is the review team's).
 */
@Controller
class PublishedReportsController {

    private final JointReviewReads reviews;

    PublishedReportsController(JointReviewReads reviews) {
        this.reviews = reviews;
    }

    @PreAuthorize(ReportAccess.READ)
    @GetMapping("/joint-reviews/published")
    @Transactional(readOnly = true)
    String published(Model model) {
        long council = CurrentUser.get().orElseThrow().authorityId();
        model.addAttribute("reports", reviews.list(council).stream()
                .filter(r -> "PUBLISHED".equals(r.status()) || "FOLLOW_UP".equals(r.status())).toList());
        return "review/report/published";
    }
}
