package cymru.gofal.performance.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies of indicators by team and month, as the engine counted them over one date range. A team of null holds
 * rows with no team. Months add up to any longer period inside the range (FLOW indicators).
 */
public final class Grid {

    private final Map<String, Map<Long, TreeMap<YearMonth, Tally>>> cells = new HashMap<>();

    void add(String code, Long team, YearMonth month, Tally tally) {
        cells.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(team, t -> new TreeMap<>()).merge(month, tally, Tally::plus);
    }

    /** The indicator's tally over the months {@code from} to {@code to} (inclusive) for one team, or the council (team null). */
    public Tally total(String code, Long team, boolean council, YearMonth from, YearMonth to) {
        Tally sum = Tally.ZERO;
        for (var byTeam : cells.getOrDefault(code, Map.of()).entrySet()) {
            if (council || java.util.Objects.equals(byTeam.getKey(), team)) {
                for (Tally t : byTeam.getValue().subMap(from, true, to, true).values()) {
                    sum = sum.plus(t);
                }
            }
        }
        return sum;
    }

    /** The council's tally for the indicator over the months {@code from} to {@code to}. */
    public Tally council(String code, YearMonth from, YearMonth to) {
        return total(code, null, true, from, to);
    }

    /** One team's tally for the indicator over the months {@code from} to {@code to}. */
    public Tally team(String code, long team, YearMonth from, YearMonth to) {
        return total(code, team, false, from, to);
    }

    /** A cell of the grid: one indicator's tally for one team (null: no team) and month. */
    public interface Cell {
        void accept(Long team, YearMonth month, Tally tally);
    }

    /** Every cell of the indicator. */
    void each(String code, Cell cell) {
        cells.getOrDefault(code, Map.of()).forEach((team, months) -> months.forEach((month, tally) -> cell.accept(team, month, tally)));
    }

    /** The teams with rows for the indicator (null for rows with no team). */
    public java.util.Set<Long> teams(String code) {
        return cells.getOrDefault(code, Map.of()).keySet();
    }
}
