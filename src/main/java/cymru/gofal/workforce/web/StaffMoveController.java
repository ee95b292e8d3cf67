package cymru.gofal.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.workforce.internal.Problem;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.StaffDetail;
import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.StaffMoves;
import cymru.gofal.workforce.internal.Teams;
import cymru.gofal.workforce.internal.WorkforceRules;

/** Recording a leaver and moving a member of staff to another team (TEAM_MANAGER, ADMIN). */
@Controller
@RequestMapping("/workforce/staff/{id}")
class StaffMoveController {

    private final StaffDirectory directory;
    private final StaffMoves moves;
    private final Teams teams;
    private final ReferenceData ref;

    StaffMoveController(StaffDirectory directory, StaffMoves moves, Teams teams, ReferenceData ref) {
        this.directory = directory;
        this.moves = moves;
        this.teams = teams;
        this.ref = ref;
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @GetMapping("/leaving")
    String leavingPage(@PathVariable long id, Model model) {
        page(id, model);
        model.addAttribute("reasons", ref.leavingReasons());
        return "workforce/leaving";
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping("/leaving")
    String leave(@PathVariable long id, @RequestParam(required = false) String leftOn,
            @RequestParam(required = false) String leavingReason, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        LocalDate day = date("leftOn", leftOn, errors);
        if (leavingReason == null || ref.leavingReason(leavingReason).isEmpty()) {
            errors.add(new FormError("leavingReason", "workforce.error.leavingReason.required"));
        }
        String outcome = apply(id, version, errors, redirect, "workforce.saved.left",
                v -> moves.leave(Problems.authorityId(), id, v, day, leavingReason));
        if (outcome != null) {
            return outcome;
        }
        redirect.addFlashAttribute("leftOn", cut(leftOn));
        redirect.addFlashAttribute("leavingReason", cut(leavingReason));
        return "redirect:/workforce/staff/" + id + "/leaving";
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @GetMapping("/move")
    String movePage(@PathVariable long id, Model model) {
        StaffDetail staff = page(id, model);
        model.addAttribute("teams", teams.refs(Problems.authorityId()).stream().filter(t -> t.id() != staff.team().id()).toList());
        return "workforce/move";
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping("/move")
    String move(@PathVariable long id, @RequestParam(required = false) String teamId,
            @RequestParam(required = false) String moveOn, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Long team = teamId != null && teamId.matches("\\d{1,18}") ? Long.valueOf(teamId) : null;
        if (team == null) {
            errors.add(new FormError("teamId", "workforce.error.teamId.required"));
        }
        LocalDate day = date("moveOn", moveOn, errors);
        String outcome = apply(id, version, errors, redirect, "workforce.saved.moved",
                v -> moves.move(Problems.authorityId(), id, v, team, day));
        if (outcome != null) {
            return outcome;
        }
        redirect.addFlashAttribute("teamId", cut(teamId));
        redirect.addFlashAttribute("moveOn", cut(moveOn));
        return "redirect:/workforce/staff/" + id + "/move";
    }

    /** Runs the change when the input is good; answers the redirect after success or a conflict, else null. */
    private String apply(long id, String version, List<FormError> errors, RedirectAttributes redirect, String saved,
            java.util.function.IntConsumer change) {
        Integer expected = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (errors.isEmpty()) {
            try {
                if (expected == null) {
                    throw new StaleVersionException("No version");
                }
                change.accept(expected);
                redirect.addFlashAttribute("saved", saved);
                return "redirect:/workforce/staff/" + id;
            } catch (Problem.Violation e) {
                errors.addAll(Problems.forPage(e.problems()));
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute("errors", List.of(new FormError("staff-details", "workforce.error.stale")));
                return "redirect:/workforce/staff/" + id;
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return null;
    }

    private StaffDetail page(long id, Model model) {
        StaffDetail staff = directory.find(Problems.authorityId(), id).orElseThrow(() -> new NotFoundException("No staff " + id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("staff", staff);
        return staff;
    }

    private LocalDate date(String field, String value, List<FormError> errors) {
        return FormDates.parse(field, value, true, "workforce.error." + field, WorkforceRules.FIRST_YEAR,
                directory.today().getYear() + 1, errors);
    }

    private static String cut(String v) {
        return Objects.toString(v, "").length() > 100 ? v.substring(0, 100) : Objects.toString(v, "");
    }
}
