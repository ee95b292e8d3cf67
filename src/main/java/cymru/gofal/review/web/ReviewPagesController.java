package cymru.gofal.review.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewAccess;
import cymru.gofal.review.ReviewFrameworks;
import cymru.gofal.review.Reviews;
import cymru.gofal.review.internal.ReviewEdits;
import cymru.gofal.review.internal.ReviewGuard;
import cymru.gofal.review.internal.ReviewStatus;

/** Reviews of the council: the list, a new review, a review's page, its status and its team. */
@Controller
@RequestMapping("/joint-reviews")
class ReviewPagesController {

    private final Reviews reviews;
    private final ReviewFrameworks frameworks;
    private final ReviewEdits edits;

    ReviewPagesController(Reviews reviews, ReviewFrameworks frameworks, ReviewEdits edits) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.edits = edits;
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping
    String list(Model model) {
        model.addAttribute("reviews", reviews.list());
        model.addAttribute("frameworks", frameworks.all().stream().filter(f -> f.locked()).toList());
        var role = CurrentUser.get().orElseThrow().role();
        model.addAttribute("kinds", List.of(Review.INSPECTION, Review.SELF_ASSESSMENT).stream()
                .filter(k -> ReviewGuard.mayCreate(k, role)).toList());
        model.addAttribute("errors", model.getAttribute("errors") == null ? List.of() : model.getAttribute("errors"));
        return "review/reviews";
    }

    @PreAuthorize(ReviewAccess.CREATE)
    @PostMapping
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String framework,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String onsiteFrom,
            @RequestParam(required = false) String onsiteTo, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String t = FormText.required("title", title, 200, "review.title", errors);
        var from = FormDates.parse("onsiteFrom", onsiteFrom, false, "review.date.error", 1990, 2100, errors);
        var to = FormDates.parse("onsiteTo", onsiteTo, false, "review.date.error", 1990, 2100, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FormError("onsiteTo", "review.error.dateOrder"));
        }
        if (!Review.INSPECTION.equals(kind) && !Review.SELF_ASSESSMENT.equals(kind)) {
            errors.add(new FormError("kind", "review.error.kind"));
        }
        long[] id = {0};
        PageEdits.run(errors, redirect, "review.saved.created",
                () -> id[0] = edits.create(new ReviewEdits.NewReview(framework, kind, t, null, null, from, to, null)));
        if (!errors.isEmpty()) {
            // What was typed comes back with the errors ("newTitle": the page's own title is a model attribute too).
            redirect.addFlashAttribute("newTitle", title);
            redirect.addFlashAttribute("newOnsiteFrom", onsiteFrom);
            redirect.addFlashAttribute("newOnsiteTo", onsiteTo);
            return "redirect:/joint-reviews";
        }
        return "redirect:/joint-reviews/" + id[0];
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        Review review = reviews.find(id).orElseThrow(() -> new NotFoundException("No review " + id));
        model.addAttribute("review", review);
        model.addAttribute("framework", frameworks.find(review.framework()).orElseThrow());
        var user = CurrentUser.get().orElseThrow();
        model.addAttribute("mayEdit", ReviewGuard.may(ReviewGuard.Change.CONTENT, review, user));
        model.addAttribute("mayChangeTeam", ReviewGuard.may(ReviewGuard.Change.TEAM, review, user));
        model.addAttribute("mayMoveStatus", ReviewGuard.may(ReviewGuard.Change.STATUS, review, user));
        model.addAttribute("nextStatus", ReviewStatus.valueOf(review.status()).next().map(Enum::name).orElse(null));
        model.addAttribute("audiences", List.of("COUNCIL", "SENIOR_MANAGERS", "STAFF"));
        model.addAttribute("errors", model.getAttribute("errors") == null ? List.of() : model.getAttribute("errors"));
        return "review/review";
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String status, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        ReviewStatus target = ReviewStatus.parse(status).orElse(null);
        if (target == null) {
            errors.add(new FormError("status", "review.error.statusStep"));
        }
        PageEdits.run(errors, redirect, "review.saved.status", () -> edits.moveStatus(id, PageEdits.version(version), target));
        return "redirect:/joint-reviews/" + id;
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String username, @RequestParam(required = false) String name,
            @RequestParam(required = false) String role, @RequestParam(required = false) String organisation,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String user = FormText.optional("username", username, 100, "review.member.username", errors);
        String person = FormText.name("name", FormText.optional("name", name, 120, "review.member.name", errors), "review.member.name", errors);
        String org = FormText.optional("organisation", organisation, 120, "review.member.organisation", errors);
        if (!List.of("LEAD_REVIEWER", "REVIEWER", "LAY_ASSESSOR").contains(role)) {
            errors.add(new FormError("role", "review.error.role"));
        }
        if ((user == null) == (person == null) && errors.isEmpty()) {
            errors.add(new FormError("username", "review.error.userOrName"));
        }
        PageEdits.run(errors, redirect, "review.saved.member",
                () -> edits.addMember(id, PageEdits.version(version), user, person, role, org));
        return "redirect:/joint-reviews/" + id;
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/{id}/members/remove")
    String removeMember(@PathVariable long id, @RequestParam(required = false) String version,
            @RequestParam long member, RedirectAttributes redirect) {
        PageEdits.run(new ArrayList<>(), redirect, "review.saved.removed",
                () -> edits.removeMember(id, PageEdits.version(version), member));
        return "redirect:/joint-reviews/" + id;
    }
}
