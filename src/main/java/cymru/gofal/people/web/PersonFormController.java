package cymru.gofal.people.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonDetails;
import cymru.gofal.people.internal.PersonInput;
import cymru.gofal.people.internal.PersonMatch;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.people.internal.PersonValidator;
import cymru.gofal.people.internal.ReferenceData;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Recording a person and correcting their details. Before a new record is made, people who are probably the
 * same person are shown; the user creates the record only after saying none of them is.
 */
@Controller
@RequestMapping("/people")
class PersonFormController {

    private final PersonService people;
    private final PersonValidator validator;
    private final ReferenceData reference;

    PersonFormController(PersonService people, PersonValidator validator, ReferenceData reference) {
        this.people = people;
        this.validator = validator;
        this.reference = reference;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/new")
    String newPerson(Model model) {
        return form(model, PersonInput.empty(), List.of(), List.of(), null, null);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping
    String create(@ModelAttribute PersonInput input, @RequestParam(required = false) String confirmNew, Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        PersonDetails details = validator.validate(input, errors);
        if (details == null) {
            return form(model, input, errors, List.of(), null, null);
        }
        if (!"true".equals(confirmNew)) {
            List<PersonMatch> matches = people.likelyMatches(details, null);
            if (!matches.isEmpty()) {
                return form(model, input, errors, matches, null, null);
            }
        }
        long id = people.create(details);
        redirect.addFlashAttribute("saved", "people.saved.created");
        return "redirect:/people/" + id;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PersonPage page = people.view(id);
        if (page.person().mergedInto() != null) {
            return "redirect:/people/" + id;
        }
        return form(model, PersonInput.of(page.person().details()), List.of(), List.of(), id, page.person().version());
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute PersonInput input, @RequestParam(required = false) String version,
            Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        PersonDetails details = validator.validate(input, errors);
        Integer v = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (v == null) {
            errors.add(new FormError("givenNames", "people.error.stale"));
        }
        if (!errors.isEmpty()) {
            return form(model, input, errors, List.of(), id, v);
        }
        try {
            people.update(id, v, details);
        } catch (StaleVersionException e) {
            return form(model, input, List.of(new FormError("givenNames", "people.error.stale")), List.of(), id, v);
        }
        redirect.addFlashAttribute("saved", "people.saved.updated");
        return "redirect:/people/" + id;
    }

    private String form(Model model, PersonInput input, List<FormError> errors, List<PersonMatch> matches, Long id, Integer version) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("matches", matches);
        model.addAttribute("personId", id);
        model.addAttribute("version", version);
        model.addAttribute("ethnicities", reference.ethnicities());
        model.addAttribute("genders", List.of("FEMALE", "MALE", "INDETERMINATE", "NOT_KNOWN"));
        model.addAttribute("disabilities", List.of("YES", "NO", "NOT_KNOWN"));
        model.addAttribute("languages", List.of("cy", "en"));
        return "people/form";
    }
}
