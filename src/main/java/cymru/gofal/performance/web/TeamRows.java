package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cymru.gofal.performance.internal.Grid;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/** An indicator per team for one period, teams with records only, in the council's team order. */
record TeamRows(Period period, List<Row> rows) {

    record Row(TeamRef team, Tally tally, BigDecimal value) {
    }

    /** The signed-in user's council's teams by id, in the council's team order. */
    static Map<Long, TeamRef> teamsOf(Workforce workforce) {
        long authority = CurrentUser.get().orElseThrow().authorityId();
        Map<Long, TeamRef> out = new java.util.LinkedHashMap<>();
        workforce.teams(authority).forEach(t -> out.putIfAbsent(t.id(), t));
        return out;
    }

    static TeamRows of(Grid grid, Indicator indicator, Period period, Map<Long, TeamRef> teams) {
        List<Row> rows = new ArrayList<>();
        for (TeamRef t : teams.values()) {
            if (grid.teams(indicator.code()).contains(t.id())) {
                Tally tally = grid.team(indicator.code(), t.id(), period.firstMonth(), period.lastMonth());
                if (tally.denominator() > 0 || tally.numerator() > 0) {
                    rows.add(new Row(t, tally, tally.value(indicator)));
                }
            }
        }
        return new TeamRows(period, rows);
    }
}
