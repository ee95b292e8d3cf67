package cymru.gofal.workforce.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.workforce.internal.Problem;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.StaffChanges;
import cymru.gofal.workforce.internal.StaffDetail;
import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.StaffDraft;
import cymru.gofal.workforce.internal.StaffRules;
import cymru.gofal.workforce.internal.Teams;

/**
 * Adding a member of staff and changing their details (TEAM_MANAGER, ADMIN). POST-redirect-GET: mistakes and
 * what was typed come back as flash attributes. An edit from an old version is refused with a clear message
 * and the page shows the record as it now is; nothing is overwritten.
 */
@Controller
@RequestMapping("/workforce/staff")
class StaffFormController {

    private final StaffDirectory directory;
    private final StaffChanges changes;
    private final Teams teams;
    private final ReferenceData ref;

    StaffFormController(StaffDirectory directory, StaffChanges changes, Teams teams, ReferenceData ref) {
        this.directory = directory;
        this.changes = changes;
        this.teams = teams;
        this.ref = ref;
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @GetMapping("/new")
    String newStaff(@RequestParam(required = false) String team, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StaffForm.empty(team != null && team.matches("\\d{1,18}") ? team : ""));
        }
        return form(model, null);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        StaffForm form = StaffForm.posted(params, ref);
        List<FormError> errors = new ArrayList<>();
        StaffDraft draft = draft(form, true, errors);
        if (draft != null) {
            try {
                long id = changes.create(Problems.authorityId(), draft);
                redirect.addFlashAttribute("saved", "workforce.saved.created");
                return "redirect:/workforce/staff/" + id;
            } catch (Problem.Violation e) {
                errors.addAll(Problems.forPage(e.problems()));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form.kept());
        return "redirect:/workforce/staff/new";
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        StaffDetail staff = require(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StaffForm.of(staff));
        }
        return form(model, staff);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        StaffForm form = StaffForm.posted(params, ref);
        List<FormError> errors = new ArrayList<>();
        StaffDraft draft = draft(form, false, errors);
        Integer version = form.version().matches("\\d{1,9}") ? Integer.valueOf(form.version()) : null;
        if (draft != null && version != null) {
            try {
                changes.update(Problems.authorityId(), id, version, draft);
                redirect.addFlashAttribute("saved", "workforce.saved.updated");
                return "redirect:/workforce/staff/" + id;
            } catch (Problem.Violation e) {
                errors.addAll(Problems.forPage(e.problems()));
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute("errors", List.of(new FormError("givenNames", "workforce.error.stale")));
                return "redirect:/workforce/staff/" + id + "/edit";
            }
        } else if (version == null) {
            errors.add(new FormError("givenNames", "workforce.error.stale"));
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form.kept());
        return "redirect:/workforce/staff/" + id + "/edit";
    }

    private StaffDraft draft(StaffForm form, boolean create, List<FormError> errors) {
        List<Problem> problems = new ArrayList<>();
        StaffDraft draft = StaffRules.check(form.input(directory.today(), errors), create, directory.today(), ref, problems);
        errors.addAll(Problems.forPage(problems));
        return errors.isEmpty() ? draft : null;
    }

    private String form(Model model, StaffDetail staff) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("staff", staff);
        model.addAttribute("teams", teams.refs(Problems.authorityId()));
        model.addAttribute("roles", ref.roles());
        model.addAttribute("welshLevels", ref.welshLevels());
        model.addAttribute("skills", ref.skills());
        model.addAttribute("qualifications", ref.qualifications());
        return "workforce/staff-form";
    }

    private StaffDetail require(long id) {
        return directory.find(Problems.authorityId(), id).orElseThrow(() -> new NotFoundException("No staff " + id));
    }
}
