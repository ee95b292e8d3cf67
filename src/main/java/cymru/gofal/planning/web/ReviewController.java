package cymru.gofal.planning.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.planning.internal.ReviewAccess;
import cymru.gofal.planning.internal.ReviewFile;
import cymru.gofal.planning.internal.ReviewInvalid;
import cymru.gofal.planning.internal.ReviewOutcomes;
import cymru.gofal.planning.internal.ReviewReads;
import cymru.gofal.planning.internal.ReviewRecording;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.Workforce;

/**
 * A review's page and its form, POST-redirect-GET: recording names the version the page showed, so a second person
 * recording the same review is told someone else has, and what they typed comes back to them rather than being lost.
 */
@Controller
class ReviewController {

    private final ReviewReads reads;
    private final ReviewRecording recording;
    private final ReviewOutcomes outcomes;
    private final Workforce workforce;
    private final Clock clock;

    ReviewController(ReviewReads reads, ReviewRecording recording, ReviewOutcomes outcomes, Workforce workforce, Clock clock) {
        this.reads = reads;
        this.recording = recording;
        this.outcomes = outcomes;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/reviews/{id}")
    String view(@PathVariable long id, Model model) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        ReviewFile file = reads.view(id);
        var r = file.review();
        model.addAttribute("file", file);
        model.addAttribute("r", r);
        model.addAttribute("team", workforce.teams(authority).stream().filter(t -> t.id() == r.teamId()).findFirst().orElse(null));
        model.addAttribute("worker", r.staffId() == null ? null : workforce.staff(authority, List.of(r.staffId())).stream()
                .findFirst().map(StaffRef::displayName).orElse(null));
        model.addAttribute("heldBy", r.heldBy() == null ? null : workforce.namesByUsername(authority, List.of(r.heldBy())).get(r.heldBy()));
        model.addAttribute("outcomes", outcomes.all());
        model.addAttribute("today", FormDates.format(Dates.today(clock)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "planning/review";
    }

    @PreAuthorize(ReviewAccess.WRITE)
    @PostMapping("/reviews/{id}/held")
    String held(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String v = form.get("version");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            var result = recording.hold(id, Integer.parseInt(v), new ReviewRecording.Input(form.get("heldOn"), form.get("attendees"),
                    form.get("whatIsWorking"), form.get("whatIsNotWorking"), form.get("whatMattersNow"), form.get("outcome")));
            redirect.addFlashAttribute("saved", result.outcome().endsPlan() ? "planning.review.saved.ended"
                    : ReviewOutcomes.CHANGE_PLAN.equals(result.outcome().code()) ? "planning.review.saved.changePlan"
                    : "planning.review.saved.held");
        } catch (ReviewInvalid e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError("heldOn", "planning.review.error.stale")));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/reviews/" + id;
    }

    static Map<Long, String> staffNames(Workforce workforce, long authority, List<Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return workforce.staff(authority, present).stream().collect(Collectors.toMap(StaffRef::id, StaffRef::displayName));
    }
}
