package cymru.gofal.people.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.people.NhsNumbers;
import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.people.internal.ReferenceData;
import cymru.gofal.people.internal.SearchQuery;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/** Finding people and the page of one person. */
@Controller
@RequestMapping("/people")
class PeopleController {

    private final PersonService people;
    private final ReferenceData reference;

    PeopleController(PersonService people, ReferenceData reference) {
        this.people = people;
        this.reference = reference;
    }

    @PreAuthorize(PeopleAccess.READ)
    @GetMapping
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String dateOfBirth,
            @RequestParam(required = false) String nhsNumber, Model model) {
        List<FormError> errors = new ArrayList<>();
        SearchQuery query = parse(name, dateOfBirth, nhsNumber, errors);
        model.addAttribute("errors", errors);
        model.addAttribute("name", name);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("nhsNumber", nhsNumber);
        boolean searched = query != null && !query.isEmpty();
        model.addAttribute("searched", searched);
        model.addAttribute("results", searched ? people.search(query) : List.of());
        model.addAttribute("limit", PersonService.RESULTS);
        return "people/search";
    }

    @PreAuthorize(PeopleAccess.READ)
    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        PersonPage page = people.view(id);
        model.addAttribute("page", page);
        model.addAttribute("p", page.person());
        model.addAttribute("d", page.person().details());
        model.addAttribute("ethnicity", reference.ethnicity(page.person().details().ethnicity()).orElseThrow());
        model.addAttribute("kinds", reference.relationshipKinds());
        return "people/view";
    }

    static SearchQuery parse(String name, String dateOfBirth, String nhsNumber, List<FormError> errors) {
        String n = name == null ? null : name.strip();
        if (n != null && n.length() > 200) {
            errors.add(new FormError("name", "people.search.error.nameTooLong", 200));
        } else if (n != null && !n.isEmpty() && cymru.gofal.people.NameKeys.queryKey(n).isEmpty()) {
            errors.add(new FormError("name", "people.search.error.noLetters"));
        }
        var dob = FormDates.parse("dateOfBirth", dateOfBirth, false, "people.error.dateOfBirth", 1880, 2200, errors);
        String nhs = null;
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            nhs = NhsNumbers.digits(nhsNumber.length() > 20 ? "" : nhsNumber);
            if (nhs == null) {
                errors.add(new FormError("nhsNumber", "people.error.nhsNumber.format"));
            } else if (!NhsNumbers.isValid(nhs)) {
                errors.add(new FormError("nhsNumber", "people.error.nhsNumber.check"));
            }
        }
        return errors.isEmpty() ? new SearchQuery(n, dob, nhs) : null;
    }
}
