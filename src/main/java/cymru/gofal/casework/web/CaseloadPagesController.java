package cymru.gofal.casework.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.casework.internal.CaseAccess;
import cymru.gofal.casework.internal.Caseloads;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.TeamRef;

/**
 * Caseload views: a team's workers with their load against capacity, its complex cases held by workers who do not fit
 * and its unallocated cases ({@code /cases/caseloads}, managers: their own teams, senior managers any); a worker's own
 * open cases ({@code /cases/mine}). A team the user may not see, or no such team, is 404.
 */
@Controller
class CaseloadPagesController {

    private final Caseloads caseloads;

    CaseloadPagesController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @GetMapping("/cases/caseloads")
    String team(@RequestParam(required = false) String team, Model model) {
        List<TeamRef> teams = caseloads.teams();
        Long chosen = null;
        if (team != null && !team.isBlank()) {
            chosen = teams.stream().filter(t -> String.valueOf(t.id()).equals(team.strip())).map(TeamRef::id).findFirst()
                    .orElseThrow(() -> new NotFoundException("No team " + team));
        } else if (teams.size() == 1) {
            chosen = teams.get(0).id();
        }
        model.addAttribute("teams", teams);
        model.addAttribute("chosen", chosen);
        model.addAttribute("caseload", chosen == null ? null : caseloads.team(chosen));
        return "casework/caseloads";
    }

    @PreAuthorize(CaseAccess.WRITE)
    @GetMapping("/cases/mine")
    String mine(Model model) {
        model.addAttribute("cases", caseloads.mine());
        return "casework/mine";
    }
}
