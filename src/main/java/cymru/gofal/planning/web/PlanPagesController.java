package cymru.gofal.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.assessment.AssessmentSummary;
import cymru.gofal.assessment.Assessments;
import cymru.gofal.casework.CaseRef;
import cymru.gofal.casework.Cases;
import cymru.gofal.people.People;
import cymru.gofal.planning.internal.Lines;
import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.planning.internal.PlanFile;
import cymru.gofal.planning.internal.PlanReads;
import cymru.gofal.planning.internal.ServiceLines;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.services.ServiceType;
import cymru.gofal.services.Services;

/**
 * The plan pages: starting a plan, one plan with its forms, choosing a service from the catalogue, meeting an unmet
 * service, an agreed version (read-only), and the person page's panel (a fragment loaded with htmx). Changes are in
 * {@link PlanActionsController}.
 */
@Controller
class PlanPagesController {

    private final PlanReads reads;
    private final ServiceLines lines;
    private final Services services;
    private final Cases cases;
    private final Assessments assessments;
    private final People people;
    private final PlanModel names;
    private final Clock clock;

    PlanPagesController(PlanReads reads, ServiceLines lines, Services services, Cases cases, Assessments assessments, People people,
            PlanModel names, Clock clock) {
        this.reads = reads;
        this.lines = lines;
        this.services = services;
        this.cases = cases;
        this.assessments = assessments;
        this.people = people;
        this.names = names;
        this.clock = clock;
    }

    @PreAuthorize(PlanAccess.WRITE)
    @GetMapping("/plans/new")
    String startForm(@RequestParam long person, Model model) {
        model.addAttribute("person", people.find(person).orElseThrow(() -> new NotFoundException("No person " + person)));
        List<CaseRef> open = cases.ofPerson(person).stream().filter(CaseRef::open).toList();
        List<AssessmentSummary> completed = assessments.ofPerson(person).stream().filter(AssessmentSummary::completed).toList();
        model.addAttribute("cases", open);
        model.addAttribute("assessments", completed);
        PlanModel.defaults(model);
        return "planning/new";
    }

    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/plans/{id}")
    String view(@PathVariable long id, Model model) {
        PlanFile file = reads.view(id);
        model.addAttribute("file", file);
        model.addAttribute("p", file.plan());
        model.addAttribute("today", FormDates.format(today()));
        model.addAttribute("reviewOnText", FormDates.format(file.plan().reviewOn()));
        names.names(model);
        PlanModel.defaults(model);
        return "planning/view";
    }

    @PreAuthorize(PlanAccess.WRITE)
    @GetMapping("/plans/{id}/services/new")
    String serviceForm(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String type, Model model) {
        PlanFile file = reads.view(id);
        List<ServiceType> types = lines.typesFor(file.plan());
        ServiceType chosen = types.stream().filter(t -> t.code().equals(type)).findFirst().orElse(null);
        model.addAttribute("file", file);
        model.addAttribute("p", file.plan());
        model.addAttribute("serviceTypes", types);
        model.addAttribute("chosenType", chosen);
        model.addAttribute("outcome", outcome);
        model.addAttribute("offers", chosen == null ? List.of() : services.offers(chosen.code(), today()));
        model.addAttribute("today", FormDates.format(today()));
        names.names(model);
        PlanModel.defaults(model);
        return "planning/service";
    }

    @PreAuthorize(PlanAccess.WRITE)
    @GetMapping("/plans/{id}/services/{serviceId}/meet")
    String meetForm(@PathVariable long id, @PathVariable long serviceId, Model model) {
        PlanFile file = reads.view(id);
        Lines.Service line = file.services().stream().filter(s -> s.id() == serviceId && !s.planned()).findFirst()
                .orElseThrow(() -> new NotFoundException("No unmet service " + serviceId));
        model.addAttribute("file", file);
        model.addAttribute("p", file.plan());
        model.addAttribute("line", line);
        model.addAttribute("offers", services.offers(line.serviceType(), today()));
        model.addAttribute("today", FormDates.format(today()));
        names.names(model);
        PlanModel.defaults(model);
        return "planning/meet";
    }

    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/plans/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("v", reads.version(id, number));
        names.names(model);
        return "planning/version";
    }

    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/plans/people/{personId}/panel")
    String panel(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("plans", reads.ofPerson(personId));
        return "planning/panel :: panel";
    }

    private LocalDate today() {
        return Dates.today(clock);
    }
}
