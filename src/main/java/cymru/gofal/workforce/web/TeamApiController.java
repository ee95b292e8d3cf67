package cymru.gofal.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.internal.Inputs;
import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.StaffRow;
import cymru.gofal.workforce.internal.TeamSummary;
import cymru.gofal.workforce.internal.Teams;
import cymru.gofal.workforce.internal.WorkforceRules;

/** The council's teams with their figures (any role) and, with names, their staff (not COUNCILLOR). */
@RestController
@RequestMapping("/api/workforce/teams")
@Tag(name = "Workforce", description = "Teams, staff, joiners, leavers and vacancies")
class TeamApiController {

    private final Teams teams;
    private final StaffDirectory directory;
    private final ApiParams params;

    TeamApiController(Teams teams, StaffDirectory directory, ApiParams params) {
        this.teams = teams;
        this.directory = directory;
        this.params = params;
    }

    @PreAuthorize(Access.FIGURES)
    @GetMapping
    @Operation(summary = "Teams with established FTE, FTE in post, vacancies, staff count and caseload capacity on a day")
    List<TeamSummary> teams(@Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(required = false) String on,
            Locale locale) {
        return teams.summaries(Problems.authorityId(), day(on, locale));
    }

    @PreAuthorize(Access.NAMES)
    @GetMapping("/{id}")
    @Operation(summary = "One team with its figures today and its staff (audited)")
    TeamWithStaff team(@PathVariable long id) {
        long authority = Problems.authorityId();
        TeamSummary team = teams.summary(authority, id, directory.today())
                .orElseThrow(() -> new NotFoundException("No team " + id));
        return new TeamWithStaff(team, directory.inTeam(authority, id));
    }

    private LocalDate day(String on, Locale locale) {
        ApiParams.Check check = params.check(locale);
        LocalDate day = check.optionalDate("on", on);
        if (day != null && (day.getYear() < WorkforceRules.FIRST_YEAR || day.getYear() > directory.today().getYear() + 1)) {
            check.add("on", Inputs.key("on", "range"), String.valueOf(WorkforceRules.FIRST_YEAR),
                    String.valueOf(directory.today().getYear() + 1));
        }
        check.done();
        return day == null ? directory.today() : day;
    }

    /** A team and the staff posted to it now (or joining it). */
    record TeamWithStaff(TeamSummary team, List<StaffRow> staff) {
    }
}
