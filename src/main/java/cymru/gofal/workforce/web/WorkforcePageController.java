package cymru.gofal.workforce.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.internal.Movements;
import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.TeamSummary;
import cymru.gofal.workforce.internal.Teams;
import cymru.gofal.workforce.internal.WorkforceRules;

/**
 * The workforce pages that read: the teams' figures (every role; the only one a COUNCILLOR may see, and it
 * names no one), a team's staff, one member of staff, and the joiners and leavers of a period.
 */
@Controller
@RequestMapping("/workforce")
class WorkforcePageController {

    private final Teams teams;
    private final StaffDirectory directory;
    private final Movements movements;

    WorkforcePageController(Teams teams, StaffDirectory directory, Movements movements) {
        this.teams = teams;
        this.directory = directory;
        this.movements = movements;
    }

    @PreAuthorize(Access.FIGURES)
    @GetMapping
    String overview(Model model) {
        LocalDate today = directory.today();
        List<TeamSummary> all = teams.summaries(Problems.authorityId(), today);
        Role role = CurrentUser.get().orElseThrow().role();
        model.addAttribute("today", today);
        model.addAttribute("teams", all);
        model.addAttribute("total", total(all));
        model.addAttribute("showNames", role != Role.COUNCILLOR);
        model.addAttribute("canChange", role == Role.TEAM_MANAGER || role == Role.ADMIN);
        model.addAttribute("canAddTeam", role == Role.ADMIN);
        return "workforce/overview";
    }

    @PreAuthorize(Access.NAMES)
    @GetMapping("/teams/{id}")
    String team(@PathVariable long id, Model model) {
        long authority = Problems.authorityId();
        TeamSummary team = teams.summary(authority, id, directory.today()).orElseThrow(() -> new NotFoundException("No team " + id));
        model.addAttribute("team", team);
        model.addAttribute("staff", directory.inTeam(authority, id));
        model.addAttribute("today", directory.today());
        model.addAttribute("canChange", canChange());
        return "workforce/team";
    }

    @PreAuthorize(Access.NAMES)
    @GetMapping("/staff/{id}")
    String staff(@PathVariable long id, Model model) {
        model.addAttribute("staff", directory.find(Problems.authorityId(), id)
                .orElseThrow(() -> new NotFoundException("No staff " + id)));
        model.addAttribute("canChange", canChange());
        return "workforce/staff";
    }

    /** Joiners, leavers and moves from {@code from} to {@code to} (default: this financial year). */
    @PreAuthorize(Access.NAMES)
    @GetMapping("/movements")
    String movements(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = directory.today();
        WorkforceRules.DateRange year = WorkforceRules.financialYear(today);
        List<FormError> errors = new ArrayList<>();
        int last = today.getYear() + 1;
        LocalDate start = FormDates.parse("from", from, false, "workforce.error.from", WorkforceRules.FIRST_YEAR, last, errors);
        LocalDate end = FormDates.parse("to", to, false, "workforce.error.to", WorkforceRules.FIRST_YEAR, last, errors);
        start = start == null ? year.from() : start;
        end = end == null ? year.to() : end;
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.add(new FormError("to", "workforce.error.to.beforeFrom"));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null || from.isBlank() ? FormDates.format(start) : cut(from));
        model.addAttribute("to", to == null || to.isBlank() ? FormDates.format(end) : cut(to));
        if (errors.isEmpty()) {
            model.addAttribute("period", movements.between(Problems.authorityId(), start, end));
        }
        return "workforce/movements";
    }

    private static boolean canChange() {
        Role role = CurrentUser.get().orElseThrow().role();
        return role == Role.TEAM_MANAGER || role == Role.ADMIN;
    }

    private static String cut(String v) {
        return v.length() > 100 ? v.substring(0, 100) : v;
    }

    /** The council's figures: the sum over its active teams. */
    private static TeamSummary total(List<TeamSummary> all) {
        BigDecimal established = BigDecimal.ZERO;
        BigDecimal inPost = BigDecimal.ZERO;
        int staff = 0;
        int capacity = 0;
        for (TeamSummary t : all) {
            if (t.active()) {
                established = established.add(t.establishedFte());
                inPost = inPost.add(t.fteInPost());
                staff += t.staffCount();
                capacity += t.caseloadCapacity();
            }
        }
        return new TeamSummary(0, "", "", "", null, "ALL", established, inPost,
                WorkforceRules.vacancies(established, inPost), staff, capacity, true, 0);
    }
}
