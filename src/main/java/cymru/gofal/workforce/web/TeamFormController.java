package cymru.gofal.workforce.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.internal.Problem;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.TeamDraft;
import cymru.gofal.workforce.internal.Teams;

/** Adding a team (ADMIN). */
@Controller
@RequestMapping("/workforce/teams")
class TeamFormController {

    private static final List<String> FIELDS = List.of("code", "nameEn", "nameCy", "kind", "serviceArea", "establishedFte");

    private final Teams teams;
    private final ReferenceData ref;

    TeamFormController(Teams teams, ReferenceData ref) {
        this.teams = teams;
        this.ref = ref;
    }

    @PreAuthorize(Access.ADD_TEAM)
    @GetMapping("/new")
    String page(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("kinds", ref.teamKinds());
        model.addAttribute("serviceAreas", TeamDraft.SERVICE_AREAS);
        return "workforce/team-form";
    }

    @PreAuthorize(Access.ADD_TEAM)
    @PostMapping
    String create(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        List<Problem> problems = new ArrayList<>();
        TeamDraft draft = TeamDraft.check(params.get("code"), params.get("nameEn"), params.get("nameCy"), params.get("kind"),
                params.get("serviceArea"), params.get("establishedFte"), ref, problems);
        List<FormError> errors = new ArrayList<>(Problems.forPage(problems));
        if (draft != null) {
            try {
                long id = teams.create(Problems.authorityId(), draft);
                redirect.addFlashAttribute("saved", "workforce.saved.teamCreated");
                return "redirect:/workforce/teams/" + id;
            } catch (Problem.Violation e) {
                errors.addAll(Problems.forPage(e.problems()));
            }
        }
        java.util.HashMap<String, String> typed = new java.util.HashMap<>();
        FIELDS.forEach(f -> {
            String v = params.getOrDefault(f, "");
            typed.put(f, v.length() > 200 ? v.substring(0, 200) : v);
        });
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/workforce/teams/new";
    }
}
