package cymru.gofal.people.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.people.internal.AccessStore;
import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.people.internal.RestrictionService;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/** Restricting a record, its access list, and break-glass. */
@Controller
class AccessController {

    private final PersonService people;
    private final RestrictionService restrictions;
    private final AccessStore access;
    private final Workforce workforce;
    private final cymru.gofal.platform.web.Dates dates;

    AccessController(PersonService people, RestrictionService restrictions, AccessStore access, Workforce workforce,
            cymru.gofal.platform.web.Dates dates) {
        this.dates = dates;
        this.people = people;
        this.restrictions = restrictions;
        this.access = access;
        this.workforce = workforce;
    }

    @PreAuthorize(PeopleAccess.RESTRICT)
    @GetMapping("/people/{id}/access")
    String page(@PathVariable long id, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        restrictions.requireManager(id);
        PersonPage page = people.view(id);
        model.addAttribute("p", page.person());
        model.addAttribute("entries", page.person().restricted() ? access.entries(id) : List.of());
        List<TeamRef> teams = workforce.teams(CurrentUser.get().orElseThrow().authorityId());
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(java.util.stream.Collectors.toMap(TeamRef::id, t -> t)));
        return "people/access";
    }

    @PreAuthorize(PeopleAccess.RESTRICT)
    @PostMapping("/people/{id}/restriction")
    String restrict(@PathVariable long id, @RequestParam(required = false) String restricted, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Integer v = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (v == null || !("true".equals(restricted) || "false".equals(restricted))) {
            redirect.addFlashAttribute("errors", List.of(new FormError("restriction", "people.error.stale")));
            return "redirect:/people/" + id + "/access";
        }
        try {
            restrictions.setRestricted(id, Boolean.parseBoolean(restricted), v);
            redirect.addFlashAttribute("saved", Boolean.parseBoolean(restricted) ? "people.saved.restricted" : "people.saved.unrestricted");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError("restriction", "people.error.stale")));
        }
        return "redirect:/people/" + id + "/access";
    }

    @PreAuthorize(PeopleAccess.RESTRICT)
    @PostMapping("/people/{id}/access")
    String allow(@PathVariable long id, @RequestParam(required = false) String username, @RequestParam(required = false) String team,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (team != null) {
            Long teamId = team.matches("\\d{1,18}") ? Long.valueOf(team) : null;
            boolean known = teamId != null && workforce.teams(CurrentUser.get().orElseThrow().authorityId()).stream().anyMatch(t -> t.id() == teamId);
            if (!known) {
                errors.add(new FormError("team", "people.error.team"));
            } else if (!restrictions.allow(id, null, teamId)) {
                errors.add(new FormError("team", "people.error.team.already"));
            }
        } else {
            String u = FormText.required("username", username, 100, "people.error.username", errors);
            if (u != null && !u.matches("[\\p{L}\\p{N}._@-]+")) {
                errors.add(new FormError("username", "people.error.username.invalid"));
            }
            if (errors.isEmpty() && !restrictions.allow(id, u, null)) {
                errors.add(new FormError("username", "people.error.username.already"));
            }
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("saved", "people.saved.access");
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/people/" + id + "/access";
    }

    @PreAuthorize(PeopleAccess.RESTRICT)
    @PostMapping("/people/{id}/access/remove")
    String disallow(@PathVariable long id, @RequestParam(required = false) String entry, RedirectAttributes redirect) {
        if (entry == null || !entry.matches("\\d{1,18}") || !restrictions.disallow(id, Long.parseLong(entry))) {
            redirect.addFlashAttribute("errors", List.of(new FormError("access-heading", "people.error.accessMissing")));
        } else {
            redirect.addFlashAttribute("saved", "people.saved.accessRemoved");
        }
        return "redirect:/people/" + id + "/access";
    }

    @PreAuthorize(PeopleAccess.BREAK_GLASS)
    @GetMapping("/people/break-glass")
    String breakGlassPage(@RequestParam(required = false) String person, Model model) {
        model.addAttribute("errors", List.of());
        model.addAttribute("person", person);
        model.addAttribute("hours", restrictions.breakGlassDuration().toHours());
        return "people/break-glass";
    }

    @PreAuthorize(PeopleAccess.BREAK_GLASS)
    @PostMapping("/people/break-glass")
    String breakGlass(@RequestParam(required = false) String person, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Long id = RecordNumbers.parse(person);
        if (id == null) {
            errors.add(new FormError("person", "people.error.recordNumber"));
        }
        String why = FormText.required("reason", reason, 1000, "people.error.breakGlassReason", errors);
        if (why != null && why.codePointCount(0, why.length()) < 10) {
            errors.add(new FormError("reason", "people.error.breakGlassReason.short", 10));
        }
        java.util.Optional<java.time.Instant> until = errors.isEmpty() ? restrictions.breakGlass(id, why) : java.util.Optional.empty();
        if (errors.isEmpty() && until.isEmpty()) {
            errors.add(new FormError("person", "people.error.breakGlassNothing"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("person", person);
            model.addAttribute("reason", reason);
            model.addAttribute("hours", restrictions.breakGlassDuration().toHours());
            return "people/break-glass";
        }
        redirect.addFlashAttribute("saved", "people.saved.breakGlass");
        redirect.addFlashAttribute("savedArgs", new Object[] {dates.dateTime(until.orElseThrow())});
        return "redirect:/people/" + id;
    }
}
