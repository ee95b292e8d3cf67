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
 * Computes indicators from the reporting views. Indicators that read the same view by the same period and team
 * columns are counted together in ONE grouped pass over that view (count FILTER per indicator), so the whole
 * catalogue costs about one read of each view it uses, whatever the number of indicators, teams and months.
 */
@Component
public class Engine {

    private final JdbcClient jdbc;

    Engine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Tallies of the indicators by team and month over the days {@code from} to {@code to} (inclusive) in the
     * council; for one team only when {@code teamId} is given.
     */
    public Grid compute(long authorityId, Collection<Indicator> indicators, LocalDate from, LocalDate to, Long teamId) {
        Grid grid = new Grid();
        Map<String, List<Indicator>> byPass = indicators.stream().collect(Collectors.groupingBy(
                i -> i.sourceView() + "|" + i.periodColumn() + "|" + i.teamColumn(), LinkedHashMap::new, Collectors.toList()));
        for (List<Indicator> pass : byPass.values()) {
            count(authorityId, pass, from, to, teamId, grid);
        }
        return grid;
    }

    private void count(long authorityId, List<Indicator> pass, LocalDate from, LocalDate to, Long teamId, Grid grid) {
        String sql = sql(pass, teamId != null);
        var spec = jdbc.sql(sql).param("authority", authorityId).param("from", from).param("to", to);
        if (teamId != null) {
            spec = spec.param("team", teamId);
        }
        spec.query(rs -> {
            Long team = rs.getObject(1, Long.class);
            YearMonth month = YearMonth.from(rs.getObject(2, LocalDate.class));
            for (int k = 0; k < pass.size(); k++) {
                long d = rs.getLong(3 + 2 * k);
                long n = rs.getLong(4 + 2 * k);
                if (d > 0 || n > 0) {
                    grid.add(pass.get(k).code(), team, month, new Tally(n, d));
                }
            }
        });
    }

    /** The grouped SQL of one pass: per indicator, its denominator count and its numerator count. */
    static String sql(List<Indicator> pass, boolean oneTeam) {
        Indicator first = pass.get(0);
        StringBuilder s = new StringBuilder("SELECT ").append(first.teamColumn()).append(", date_trunc('month', ")
                .append(first.periodColumn()).append(")::date");
        for (Indicator i : pass) {
            s.append(",\n count(*) FILTER (WHERE (").append(i.denominatorWhere()).append("))")
                    .append(",\n count(*) FILTER (WHERE (").append(i.denominatorWhere()).append(") AND (").append(i.numeratorWhere()).append("))");
        }
        s.append("\nFROM ").append(first.sourceView()).append(" WHERE authority_id = :authority AND ").append(first.periodColumn())
                .append(" BETWEEN :from AND :to");
        if (oneTeam) {
            s.append(" AND ").append(first.teamColumn()).append(" = :team");
        }
        return s.append("\nGROUP BY 1, 2").toString();
    }
}
