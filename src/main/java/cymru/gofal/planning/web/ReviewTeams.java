package cymru.gofal.planning.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * Which teams a reviews list covers: one of the council's teams when asked for by id, every team for "all", otherwise
 * the user's own teams (every team for someone in none, such as a senior manager).
 */
@Component
class ReviewTeams {

    private final Workforce workforce;

    ReviewTeams(Workforce workforce) {
        this.workforce = workforce;
    }

    /** The teams chosen, and what the team filter shows as chosen: a team id or "all". Null for an unknown team. */
    record Choice(List<TeamRef> teams, List<Long> ids, String selected) {
    }

    Choice choose(String team) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        List<TeamRef> teams = workforce.teams(authority);
        List<Long> all = teams.stream().map(TeamRef::id).toList();
        if (team != null && !team.isBlank() && !"all".equals(team)) {
            String t = team.strip();
            if (!t.matches("\\d{1,18}") || !all.contains(Long.valueOf(t))) {
                return null;
            }
            return new Choice(teams, List.of(Long.valueOf(t)), t);
        }
        List<Long> mine = "all".equals(team) ? List.of() : workforce.teamIdsOf(authority, CurrentUser.username());
        if (mine.isEmpty()) {
            return new Choice(teams, all, "all");
        }
        return new Choice(teams, mine, mine.size() == 1 ? String.valueOf(mine.get(0)) : "all");
    }
}
