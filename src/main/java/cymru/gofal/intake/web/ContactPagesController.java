package cymru.gofal.intake.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.intake.internal.ContactInput;
import cymru.gofal.intake.internal.ContactService;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.IntakeValidator;
import cymru.gofal.intake.internal.NewContact;
import cymru.gofal.intake.internal.ReferenceLists;
import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.Workforce;

/**
 * Recording a contact, which starts from a person found in the register, and reading one. What came of it (a
 * referral, or a turning aside) is recorded in the same step.
 */
@Controller
@RequestMapping("/intake/contacts")
class ContactPagesController {

    /** The contact form's fields, top to bottom (the person, chosen before the form, first). */
    static final List<String> FIELDS = List.of("personId", "party", "partyName", "partyOrganisation", "partyPhone", "method",
            "receivedDate", "receivedTime", "reason", "route", "whatMatters", "outcome", "outcomeReason", "signpostedTo", "source",
            "sourceDetail", "priority", "screeningTeamId");

    private final ContactService contacts;
    private final IntakeValidator validator;
    private final ReferenceLists lists;
    private final People people;
    private final Workforce workforce;
    private final Clock clock;

    ContactPagesController(ContactService contacts, IntakeValidator validator, ReferenceLists lists, People people, Workforce workforce,
            Clock clock) {
        this.contacts = contacts;
        this.validator = validator;
        this.lists = lists;
        this.people = people;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(IntakeAccess.WRITE)
    @GetMapping("/new")
    String form(@RequestParam(required = false) String person, Model model) {
        Long id = PageForms.id(person);
        if (id == null) {
            return "intake/find-person";
        }
        PersonRef p = people.find(id).orElseThrow(() -> new NotFoundException("No person " + person));
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), Dates.LONDON);
        Map<String, String> defaults = new HashMap<>();
        defaults.put("receivedDate", DateTimeFormatter.ofPattern("d/M/uuuu").format(now));
        defaults.put("receivedTime", DateTimeFormatter.ofPattern("HH:mm").format(now));
        defaults.put("route", p.childOn(now.toLocalDate()) ? "CHILDREN" : "ADULTS");
        defaults.put("party", "SELF");
        long council = CurrentUser.get().orElseThrow().authorityId();
        workforce.teamIdsOf(council, CurrentUser.username()).stream().findFirst()
                .ifPresent(t -> defaults.put("screeningTeamId", String.valueOf(t)));
        PageForms.defaults(model, defaults);
        model.addAttribute("person", p);
        model.addAttribute("age", p.ageOn(now.toLocalDate()));
        addLists(model);
        return "intake/contact-form";
    }

    private void addLists(Model model) {
        model.addAttribute("parties", lists.list(ReferenceLists.PARTY));
        model.addAttribute("methods", lists.list(ReferenceLists.METHOD));
        model.addAttribute("outcomes", lists.list(ReferenceLists.CONTACT_OUTCOME));
        model.addAttribute("services", lists.list(ReferenceLists.COMMUNITY_SERVICE));
        model.addAttribute("sources", lists.list(ReferenceLists.SOURCE));
        model.addAttribute("priorities", lists.priorities());
    }

    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping
    String record(@RequestParam Map<String, String> f, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        Long personId = PageForms.id(f.get("person"));
        Instant at = validator.receivedAt(f.get("receivedDate"), f.get("receivedTime"), errors);
        NewContact c = validator.contact(new ContactInput(personId, f.get("party"), f.get("partyName"), f.get("partyOrganisation"),
                f.get("partyPhone"), f.get("method"), f.get("reason"), f.get("route"), f.get("whatMatters"), f.get("outcome"),
                f.get("outcomeReason"), f.get("signpostedTo"), f.get("source"), f.get("sourceDetail"), f.get("priority"),
                PageForms.id(f.get("screeningTeamId"))), at, "receivedDate", errors);
        if (!errors.isEmpty()) {
            PageForms.failed(redirect, PageForms.inOrder(errors, FIELDS), f);
            return personId == null ? "redirect:/intake/contacts/new" : "redirect:/intake/contacts/new?person=" + personId;
        }
        ContactService.Recorded done = contacts.record(c);
        redirect.addFlashAttribute("saved", done.referralId() == null ? "intake.contact.saved" : "intake.contact.savedReferral");
        return done.referralId() == null ? "redirect:/intake/contacts/" + done.contactId() : "redirect:/intake/referrals/" + done.referralId();
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        ContactService.ContactView v = contacts.view(id);
        model.addAttribute("c", v.contact());
        model.addAttribute("person", v.person());
        model.addAttribute("names", workforce.namesByUsername(CurrentUser.get().orElseThrow().authorityId(), List.of(v.contact().recordedBy())));
        model.addAttribute("today", Dates.today(clock));
        return "intake/contact";
    }
}
