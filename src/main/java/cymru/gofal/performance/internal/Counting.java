package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts indicators from the reporting views, always afresh (the {@link Engine} keeps the counts). Indicators that
 * read the same view by the same period and team columns are counted together in ONE grouped pass over that view
 * (count FILTER per indicator), so the whole catalogue costs about one read of each view it uses, whatever the
 * number of indicators, teams and months.
 */
@Component
public class Counting {

    private final JdbcClient jdbc;

    Counting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Tallies of the indicators by team and month over the days {@code from} to {@code to} (inclusive) in the
     * council; for one team only when {@code teamId} is given.
     */
    public Grid compute(long authorityId, Collection<Indicator> indicators, LocalDate from, LocalDate to, Long teamId) {
        Grid grid = new Grid();
        for (List<Indicator> pass : passes(indicators)) {
            count(authorityId, pass, from, to, teamId, grid);
        }
        return grid;
    }

    /**
     * Every council's tallies at once (for reports across councils and the benchmark): one grouped pass per view over
     * every council's rows, by council, team and month.
     */
    public Map<Long, Grid> computeAll(Collection<Indicator> indicators, LocalDate from, LocalDate to) {
        Map<Long, Grid> grids = new java.util.HashMap<>();
        for (List<Indicator> pass : passes(indicators)) {
            jdbc.sql(sql(pass, false, true)).param("from", from).param("to", to)
                    .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> add(pass, rs, 2, grids.computeIfAbsent(rs.getLong(1), a -> new Grid())));
        }
        return grids;
    }

    static java.util.Collection<List<Indicator>> passes(Collection<Indicator> indicators) {
        return indicators.stream().collect(Collectors.groupingBy(i -> i.sourceView() + "|" + i.periodColumn() + "|" + i.teamColumn(),
                LinkedHashMap::new, Collectors.toList())).values();
    }

    private void count(long authorityId, List<Indicator> pass, LocalDate from, LocalDate to, Long teamId, Grid grid) {
        String sql = sql(pass, teamId != null, false);
        var spec = jdbc.sql(sql).param("authority", authorityId).param("from", from).param("to", to);
        if (teamId != null) {
            spec = spec.param("team", teamId);
        }
        spec.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> add(pass, rs, 1, grid));
    }

    /** One result row: the team and month at {@code column}, then each indicator's denominator and numerator. */
    private static void add(List<Indicator> pass, java.sql.ResultSet rs, int column, Grid grid) throws java.sql.SQLException {
        Long team = rs.getObject(column, Long.class);
        YearMonth month = YearMonth.from(rs.getObject(column + 1, LocalDate.class));
        for (int k = 0; k < pass.size(); k++) {
            long d = rs.getLong(column + 2 + 2 * k);
            long n = rs.getLong(column + 3 + 2 * k);
            if (d > 0 || n > 0) {
                grid.add(pass.get(k).code(), team, month, new Tally(n, d));
            }
        }
    }

    /**
     * The grouped SQL of one pass: per indicator, its denominator count and its numerator count; for one council
     * (bound as :authority) or, {@code allCouncils}, for every council with the council's id first.
     */
    static String sql(List<Indicator> pass, boolean oneTeam, boolean allCouncils) {
        Indicator first = pass.get(0);
        StringBuilder s = new StringBuilder("SELECT ").append(allCouncils ? "authority_id, " : "").append(first.teamColumn())
                .append(", date_trunc('month', ").append(first.periodColumn()).append(")::date");
        for (Indicator i : pass) {
            s.append(",\n count(*) FILTER (WHERE (").append(i.denominatorWhere()).append("))")
                    .append(",\n count(*) FILTER (WHERE (").append(i.denominatorWhere()).append(") AND (").append(i.numeratorWhere()).append("))");
        }
        s.append("\nFROM ").append(first.sourceView()).append(" WHERE ").append(allCouncils ? "" : "authority_id = :authority AND ")
                .append(first.periodColumn()).append(" BETWEEN :from AND :to");
        if (oneTeam) {
            s.append(" AND ").append(first.teamColumn()).append(" = :team");
        }
        return s.append(allCouncils ? "\nGROUP BY 1, 2, 3" : "\nGROUP BY 1, 2").toString();
    }
}
