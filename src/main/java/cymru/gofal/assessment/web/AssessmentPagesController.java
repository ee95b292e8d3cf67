package cymru.gofal.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.assessment.internal.Access;
import cymru.gofal.assessment.internal.AssessmentFile;
import cymru.gofal.assessment.internal.AssessmentTypes;
import cymru.gofal.assessment.internal.Commands;
import cymru.gofal.assessment.internal.Listed;
import cymru.gofal.assessment.internal.Reads;
import cymru.gofal.assessment.internal.Reference;
import cymru.gofal.assessment.internal.RiskTools;
import cymru.gofal.people.People;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * The assessment pages: a team's open assessments, one assessment with its forms, starting an assessment, and the
 * person page's panel (an HTML fragment without the layout, loaded with htmx). Changes are in
 * {@link AssessmentActionsController}.
 */
@Controller
class AssessmentPagesController {

    private final Reads reads;
    private final AssessmentTypes types;
    private final Reference reference;
    private final RiskTools tools;
    private final Commands commands;
    private final People people;
    private final Workforce workforce;
    private final AssessmentRights rights;
    private final TimescaleRules rules;
    private final Clock clock;

    AssessmentPagesController(Reads reads, AssessmentTypes types, Reference reference, RiskTools tools, Commands commands, People people,
            Workforce workforce, AssessmentRights rights, TimescaleRules rules, Clock clock) {
        this.reads = reads;
        this.types = types;
        this.reference = reference;
        this.tools = tools;
        this.commands = commands;
        this.people = people;
        this.workforce = workforce;
        this.rights = rights;
        this.rules = rules;
        this.clock = clock;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/assessments")
    String list(@RequestParam(required = false) String team, Model model) {
        long authority = authority();
        List<TeamRef> teams = workforce.teams(authority);
        List<Long> all = teams.stream().map(TeamRef::id).toList();
        List<Long> chosen;
        String selected;
        if (team != null && team.matches("\\d{1,18}") && all.contains(Long.valueOf(team))) {
            chosen = List.of(Long.valueOf(team));
            selected = team;
        } else if ("all".equals(team)) {
            chosen = all;
            selected = "all";
        } else {
            List<Long> mine = workforce.teamIdsOf(authority, CurrentUser.username());
            chosen = mine.isEmpty() ? all : mine;
            selected = mine.size() == 1 ? String.valueOf(mine.get(0)) : "all";
        }
        List<Listed> rows = chosen.isEmpty() ? List.of() : reads.openForTeams(authority, chosen);
        model.addAttribute("teams", teams);
        model.addAttribute("selected", selected);
        model.addAttribute("rows", rows);
        model.addAttribute("limit", rows.size() >= 500 ? 500 : null);
        List<Listed> signOff = chosen.isEmpty() ? List.of() : reads.awaitingSignOff(authority, chosen);
        model.addAttribute("signOff", signOff);
        model.addAttribute("workers", staffNames(authority, java.util.stream.Stream.concat(rows.stream(), signOff.stream())
                .map(l -> l.assessment().staffId()).toList()));
        return "assessment/list";
    }

    /** The assessment opened from a referral, for the referral page's link (intake knows the address, not this module). */
    @PreAuthorize(Access.READ)
    @GetMapping(path = "/assessments", params = "referral")
    String fromReferral(@RequestParam String referral) {
        return reads.fromReferral(referral.matches("\\d{1,18}") ? Long.parseLong(referral) : -1)
                .map(id -> "redirect:/assessments/" + id).orElseThrow(() -> new NotFoundException("No assessment from referral " + referral));
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/assessments/{id}")
    String view(@PathVariable long id, Model model) {
        long authority = authority();
        AssessmentFile file = reads.view(id);
        var a = file.assessment();
        defaults(model);
        model.addAttribute("file", file);
        model.addAttribute("a", a);
        model.addAttribute("team", teamName(authority, a.teamId()));
        model.addAttribute("rule", rules.rule(a.regime(), a.ruleCode()).orElse(null));
        model.addAttribute("workers", staffNames(authority, java.util.Arrays.asList(a.staffId())));
        List<String> usernames = new java.util.ArrayList<>(java.util.Arrays.asList(a.allocatedBy(), a.completedBy(), a.signedOffBy()));
        file.risks().forEach(r -> usernames.add(r.completedBy()));
        model.addAttribute("names", workforce.namesByUsername(authority, usernames));
        model.addAttribute("today", FormDates.format(today()));
        if (a.open() && rights.manage()) {
            model.addAttribute("teamStaff", commands.allocatable(a));
        }
        if (rights.write()) {
            String group = file.type().clientGroup();
            model.addAttribute("domains", reference.domains(a.regime(), group));
            model.addAttribute("causes", reference.causes(group));
            model.addAttribute("abilities", reference.abilities());
            model.addAttribute("outcomes", reference.outcomes(a.regime()));
            model.addAttribute("bands", reference.bands(a.regime()));
            model.addAttribute("threshold", reference.bands(a.regime()).stream()
                    .skip(Math.max(0, reference.thresholdSeverity(authority) - 1)).findFirst().orElse(null));
            model.addAttribute("tools", tools.toolsFor(group));
            model.addAttribute("services", reference.communityServices());
            model.addAttribute("carers", people.carersOf(a.personId()));
        }
        return "assessment/view";
    }

    @PreAuthorize(Access.WRITE)
    @GetMapping("/assessments/new")
    String startForm(@RequestParam long person, @RequestParam(required = false) Long follows, Model model) {
        long authority = authority();
        model.addAttribute("person", people.find(person).orElseThrow(() -> new NotFoundException("No person " + person)));
        model.addAttribute("follows", follows);
        model.addAttribute("types", types.offered(authority));
        model.addAttribute("teams", workforce.teams(authority));
        defaults(model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("clockStart", FormDates.format(today())));
        }
        return "assessment/new";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/assessments/people/{personId}/panel")
    String panel(@PathVariable long personId, Model model) {
        model.addAttribute("p", reads.ofPerson(personId));
        return "assessment/panel :: panel";
    }

    private static void defaults(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }

    private Map<Long, String> staffNames(long authority, List<Long> ids) {
        List<Long> present = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return workforce.staff(authority, present).stream().collect(Collectors.toMap(StaffRef::id, StaffRef::displayName));
    }

    private TeamRef teamName(long authority, long teamId) {
        return workforce.teams(authority).stream().filter(t -> t.id() == teamId).findFirst().orElse(null);
    }

    private LocalDate today() {
        return Dates.today(clock);
    }

    private static long authority() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
