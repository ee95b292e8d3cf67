package cymru.gofal.casework.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.casework.internal.CaseAccess;
import cymru.gofal.casework.internal.CaseAllocations;
import cymru.gofal.casework.internal.CaseFile;
import cymru.gofal.casework.internal.CaseFiles;
import cymru.gofal.casework.internal.CaseHistory;
import cymru.gofal.casework.internal.CaseReference;
import cymru.gofal.casework.internal.CaseSources;
import cymru.gofal.casework.internal.Chronology;
import cymru.gofal.people.People;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.Workforce;

/**
 * The case pages: one case with its history and forms, choosing its worker by skills, correcting a note, opening a case
 * for a person, and the person page's panel (an HTML fragment loaded with htmx). Changes are in
 * {@link CaseActionsController}; caseload views in {@link CaseloadPagesController}.
 */
@Controller
class CasePagesController {

    private final CaseFiles files;
    private final CaseAllocations allocations;
    private final CaseReference reference;
    private final CaseSources sources;
    private final People people;
    private final Workforce workforce;
    private final CaseRights rights;
    private final Clock clock;

    CasePagesController(CaseFiles files, CaseAllocations allocations, CaseReference reference, CaseSources sources,
            People people, Workforce workforce, CaseRights rights, Clock clock) {
        this.files = files;
        this.allocations = allocations;
        this.reference = reference;
        this.sources = sources;
        this.people = people;
        this.workforce = workforce;
        this.rights = rights;
        this.clock = clock;
    }

    @PreAuthorize(CaseAccess.READ)
    @GetMapping("/cases/{id}")
    String view(@PathVariable long id, Model model, Locale locale) {
        CaseFile file = files.view(id);
        defaults(model);
        model.addAttribute("file", file);
        model.addAttribute("c", file.c());
        model.addAttribute("chronology", Chronology.of(file, locale));
        model.addAttribute("today", FormDates.format(Dates.today(clock)));
        if (file.c().open() && rights.manage()) {
            model.addAttribute("complexities", reference.complexities());
            model.addAttribute("needTypes", reference.needTypes(file.c().serviceArea()));
            model.addAttribute("teams", workforce.teams(file.c().authorityId()).stream().filter(t -> t.id() != file.c().teamId()).toList());
            model.addAttribute("closureReasons", reference.closureReasons());
            if (file.c().staffId() != null) {
                allocations.candidates(file.c()).stream().filter(k -> k.staff().id() == file.c().staffId()).findFirst()
                        .ifPresent(k -> model.addAttribute("currentFit", k.fit()));
            }
        }
        if (file.c().open() && rights.write()) {
            model.addAttribute("noteTypes", reference.noteTypes());
        }
        return "casework/case";
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @GetMapping("/cases/{id}/allocation")
    String allocation(@PathVariable long id, Model model) {
        CaseFile file = files.view(id);
        if (!file.c().open()) {
            return "redirect:/cases/" + id;
        }
        defaults(model);
        model.addAttribute("file", file);
        model.addAttribute("c", file.c());
        var candidates = allocations.candidates(file.c());
        model.addAttribute("candidates", candidates);
        if (model.getAttribute("form") instanceof Map<?, ?> form && form.get("staffId") != null) {
            candidates.stream().filter(k -> String.valueOf(k.staff().id()).equals(form.get("staffId"))).findFirst()
                    .ifPresent(k -> model.addAttribute("chosen", k));
        }
        return "casework/allocation";
    }

    @PreAuthorize(CaseAccess.WRITE)
    @GetMapping("/cases/{id}/notes/{noteId}/correction")
    String correction(@PathVariable long id, @PathVariable long noteId, Model model) {
        CaseFile file = files.view(id);
        CaseHistory.NoteThread thread = file.notes().stream().filter(t -> t.current().id() == noteId).findFirst()
                .orElseThrow(() -> new NotFoundException("No current note " + noteId + " on case " + id));
        defaults(model);
        model.addAttribute("file", file);
        model.addAttribute("c", file.c());
        model.addAttribute("note", thread.current());
        model.addAttribute("noteTypes", reference.noteTypes());
        if (!model.containsAttribute("filled")) {
            var n = thread.current();
            var at = n.occurredAt().atZone(Dates.LONDON);
            model.addAttribute("form", Map.of("noteType", n.noteType(), "occurredOn", FormDates.format(at.toLocalDate()),
                    "occurredTime", String.format("%02d:%02d", at.getHour(), at.getMinute()), "body", n.body(),
                    "significant", n.significant() ? "yes" : ""));
        }
        return "casework/correct-note";
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @GetMapping("/cases/new")
    String openForm(@RequestParam long person, Model model) {
        var p = people.find(person).orElseThrow(() -> new NotFoundException("No person " + person));
        defaults(model);
        String area = p.childOn(Dates.today(clock)) ? "CHILDREN" : "ADULTS";
        model.addAttribute("person", p);
        model.addAttribute("area", area);
        model.addAttribute("sources", sources.of(person));
        model.addAttribute("teams", workforce.teams(CurrentUser.get().orElseThrow().authorityId()));
        model.addAttribute("complexities", reference.complexities());
        model.addAttribute("needTypes", reference.needTypes(area));
        return "casework/new";
    }

    @PreAuthorize(CaseAccess.READ)
    @GetMapping("/cases/people/{personId}/panel")
    String panel(@PathVariable long personId, Model model) {
        var person = people.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        var cases = files.ofPerson(personId);
        model.addAttribute("person", person);
        model.addAttribute("cases", cases);
        model.addAttribute("teams", workforce.teams(CurrentUser.get().orElseThrow().authorityId()).stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t)));
        model.addAttribute("workers", files.workerNames(cases));
        return "casework/panel :: panel";
    }

    static void defaults(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("formNeeds")) {
            model.addAttribute("formNeeds", null);
        }
    }
}
