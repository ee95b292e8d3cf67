package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cymru.gofal.performance.internal.Grid;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.workforce.TeamRef;

/** An indicator per team for one period, teams with records only, in the council's team order. */
record TeamRows(Period period, List<Row> rows) {

    record Row(TeamRef team, Tally tally, BigDecimal value) {
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
