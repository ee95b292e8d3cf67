package cymru.gofal.people.web;

import java.time.LocalDate;
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

import cymru.gofal.people.internal.AddressStore;
import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.people.internal.ReferenceData;
import cymru.gofal.people.internal.RelationshipKind;
import cymru.gofal.people.internal.SearchQuery;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/** A person's other names, addresses and relationships. */
@Controller
@RequestMapping("/people/{id}")
class PersonLinksController {

    private static final List<String> NAME_KINDS = List.of("PREVIOUS", "ALIAS");

    private final PersonService people;
    private final ReferenceData reference;

    private final java.time.Clock clock;

    PersonLinksController(PersonService people, ReferenceData reference, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.reference = reference;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/addresses/new")
    String newAddress(@PathVariable long id, Model model) {
        model.addAttribute("errors", List.of());
        return address(model, people.view(id), "", "", "", "", "");
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping("/addresses")
    String addAddress(@PathVariable long id, @RequestParam(required = false) String line1, @RequestParam(required = false) String line2,
            @RequestParam(required = false) String town, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String from, Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String l1 = FormText.required("line1", line1, 200, "people.error.line1", errors);
        String l2 = FormText.optional("line2", line2, 200, "people.error.line2", errors);
        String t = FormText.required("town", town, 100, "people.error.town", errors);
        String pc = FormText.optional("postcode", postcode, 10, "people.error.postcode", errors);
        if (pc != null && !pc.toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}")) {
            errors.add(new FormError("postcode", "people.error.postcode.format"));
        }
        LocalDate start = FormDates.parse("from", from, true, "people.error.addressFrom", 1880, cymru.gofal.platform.web.Dates.today(clock).getYear() + 1, errors);
        if (errors.isEmpty() && !people.moveTo(id, new AddressStore.AddressInput(l1, l2, t, pc == null ? null : pc.toUpperCase(java.util.Locale.ROOT), start))) {
            errors.add(new FormError("from", "people.error.addressFrom.beforeCurrent"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return address(model, people.view(id), line1, line2, town, postcode, from);
        }
        redirect.addFlashAttribute("saved", "people.saved.address");
        return "redirect:/people/" + id;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/names/new")
    String newName(@PathVariable long id, Model model) {
        model.addAttribute("errors", List.of());
        model.addAttribute("p", people.view(id).person());
        model.addAttribute("nameKinds", NAME_KINDS);
        return "people/name";
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping("/names")
    String addName(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String givenNames,
            @RequestParam(required = false) String familyName, Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (!"PREVIOUS".equals(kind) && !"ALIAS".equals(kind)) {
            errors.add(new FormError("kind", "people.error.nameKind"));
        }
        String g = FormText.name("givenNames", FormText.required("givenNames", givenNames, 200, "people.error.givenNames", errors),
                "people.error.givenNames", errors);
        String f = FormText.name("familyName", FormText.required("familyName", familyName, 200, "people.error.familyName", errors),
                "people.error.familyName", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("p", people.view(id).person());
            model.addAttribute("kind", kind);
            model.addAttribute("givenNames", givenNames);
            model.addAttribute("familyName", familyName);
            model.addAttribute("nameKinds", NAME_KINDS);
            return "people/name";
        }
        people.addName(id, kind, g, f);
        redirect.addFlashAttribute("saved", "people.saved.name");
        return "redirect:/people/" + id;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/identifiers/new")
    String newIdentifier(@PathVariable long id, Model model) {
        model.addAttribute("errors", List.of());
        return identifier(model, id, null, null);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping("/identifiers")
    String addIdentifier(@PathVariable long id, @RequestParam(required = false) String scheme, @RequestParam(required = false) String value,
            Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (scheme == null || reference.identifierSchemes().stream().noneMatch(s -> s.code().equals(scheme))) {
            errors.add(new FormError("scheme", "people.error.scheme"));
        }
        String v = FormText.required("value", value, 50, "people.error.identifier", errors);
        if (errors.isEmpty() && !people.addIdentifier(id, scheme, v)) {
            errors.add(new FormError("value", "people.error.identifier.already"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return identifier(model, id, scheme, value);
        }
        redirect.addFlashAttribute("saved", "people.saved.identifier");
        return "redirect:/people/" + id;
    }

    private String identifier(Model model, long id, String scheme, String value) {
        model.addAttribute("p", people.view(id).person());
        model.addAttribute("schemes", reference.identifierSchemes());
        model.addAttribute("scheme", scheme);
        model.addAttribute("value", value);
        return "people/identifier";
    }

    /** Choosing the other person: a name search on the same page, then the kind of relationship. */
    @PreAuthorize(PeopleAccess.WRITE)
    @GetMapping("/relationships/new")
    String newRelationship(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        List<FormError> errors = new ArrayList<>();
        model.addAttribute("errors", errors);
        return relationship(model, id, q, errors);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping("/relationships")
    String addRelationship(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) String other,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Long otherId = other != null && other.matches("\\d{1,18}") ? Long.valueOf(other) : null;
        if (otherId == null) {
            errors.add(new FormError("other", "people.error.relatedPerson"));
        } else if (otherId == id) {
            errors.add(new FormError("other", "people.error.relatedSelf"));
        }
        boolean inverse = kind != null && kind.endsWith(":INVERSE");
        String code = inverse ? kind.substring(0, kind.length() - ":INVERSE".length()) : kind;
        RelationshipKind k = code == null ? null : reference.relationshipKind(code).filter(r -> !inverse || !r.symmetric()).orElse(null);
        if (k == null) {
            errors.add(new FormError("kind", "people.error.relationshipKind"));
        }
        String n = FormText.optional("note", note, 500, "people.error.note", errors);
        if (errors.isEmpty() && !(inverse ? people.relate(otherId, id, k, n, null) : people.relate(id, otherId, k, n, null))) {
            errors.add(new FormError("other", "people.error.relationshipExists"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("kind", kind);
            model.addAttribute("note", note);
            return relationship(model, id, q, errors);
        }
        redirect.addFlashAttribute("saved", "people.saved.relationship");
        return "redirect:/people/" + id;
    }

    private String relationship(Model model, long id, String q, List<FormError> errors) {
        PersonPage page = people.view(id);
        model.addAttribute("p", page.person());
        model.addAttribute("q", q);
        model.addAttribute("kinds", reference.relationshipKinds());
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            errors.add(new FormError("q", "people.search.error.nameTooLong", 200));
            query = "";
        } else if (!query.isEmpty() && cymru.gofal.people.NameKeys.queryKey(query).isEmpty()) {
            errors.add(new FormError("q", "people.search.error.noLetters"));
            query = "";
        }
        List<?> candidates = query.isEmpty() ? List.of()
                : people.search(new SearchQuery(query, null, null)).stream().filter(m -> m.id() != id).toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("searched", !query.isEmpty());
        return "people/relationship";
    }

    private String address(Model model, PersonPage page, String line1, String line2, String town, String postcode, String from) {
        model.addAttribute("p", page.person());
        model.addAttribute("line1", line1);
        model.addAttribute("line2", line2);
        model.addAttribute("town", town);
        model.addAttribute("postcode", postcode);
        model.addAttribute("from", from);
        return "people/address";
    }
}
