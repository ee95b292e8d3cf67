package cymru.gofal.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.casework.internal.Tray;
import cymru.gofal.casework.internal.TrayView;
import cymru.gofal.casework.internal.WorkTrays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.TeamRef;

/**
 * The work tray page ({@code /work}): the worker's own work, a team's work and a team's unallocated work, earliest
 * due first, 50 a page. Parameters that name no tray (an unknown view, team or page) answer 404: there is no such
 * page.
 */
@Controller
@RequestMapping("/work")
class WorkTrayController {

    private final WorkTrays trays;

    WorkTrayController(WorkTrays trays) {
        this.trays = trays;
    }

    @PreAuthorize(TrayAccess.ANY)
    @GetMapping
    String tray(@RequestParam(required = false) String view, @RequestParam(required = false) String team,
            @RequestParam(required = false) String page, Model model, Locale locale) {
        Role role = CurrentUser.get().orElseThrow().role();
        List<FormError> errors = new ArrayList<>();
        TrayParams params = TrayParams.parse(view, team, page, role, errors);
        if (params == null) {
            throw new NotFoundException("No work tray " + errors);
        }
        List<TeamRef> teams = params.view().teamView() ? trays.teams() : List.of();
        if (!params.teamAmong(teams)) {
            throw new NotFoundException("No team " + params.team());
        }
        Tray tray = params.view() == TrayView.MINE ? trays.mine(params.page()) : trays.team(params.view(), params.team(), params.page());
        if (params.page() > tray.pages()) {
            throw new NotFoundException("No page " + params.page());
        }
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamRef::id, t -> t.name(locale)));
        model.addAttribute("tray", tray);
        model.addAttribute("views", TrayParams.viewsFor(role));
        model.addAttribute("teams", teams);
        Long chosenTeam = tray.teamIds().size() == 1 ? tray.teamIds().get(0) : null;
        model.addAttribute("chosenTeam", chosenTeam);
        model.addAttribute("links", new TrayLinks(tray.view(), chosenTeam));
        model.addAttribute("teamNames", tray.teamIds().stream().map(id -> teamNames.getOrDefault(id, String.valueOf(id)))
                .collect(Collectors.joining(", ")));
        return "casework/tray";
    }
}
