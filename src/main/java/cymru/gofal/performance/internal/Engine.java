package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicator tallies by team and month, counted from the reporting views ({@link Counting}) and kept between
 * computations ({@link KeptTallies}) while nothing behind them changes. Counts are always of whole months: a range
 * is widened to the first day of its first month and the last day of its last (every view's period column is a
 * day on which something happened or fell due, and the definitions decide what today's date means for them).
 */
@Component
public class Engine {

    private final Counting counting;
    private final KeptTallies kept;
    private final JdbcClient jdbc;

    Engine(Counting counting, KeptTallies kept, JdbcClient jdbc) {
        this.counting = counting;
        this.kept = kept;
        this.jdbc = jdbc;
    }

    /**
     * Tallies of the indicators by team and month over the months of {@code from} to {@code to} in the council; for
     * one team only when {@code teamId} is given. Kept tallies still valid are read; the rest are counted (for every
     * team, so they can be kept) and kept.
     */
    public Grid compute(long authorityId, Collection<Indicator> indicators, LocalDate from, LocalDate to, Long teamId) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        Grid grid = new Grid();
        Map<String, List<Indicator>> byView = indicators.stream()
                .collect(Collectors.groupingBy(Indicator::sourceView, LinkedHashMap::new, Collectors.toList()));
        List<Indicator> stale = new java.util.ArrayList<>();
        byView.forEach((view, list) -> {
            Set<String> valid = kept.read(authorityId, view, list, first, last, teamId, grid);
            list.stream().filter(i -> !valid.contains(i.code())).forEach(stale::add);
        });
        if (!stale.isEmpty()) {
            KeptTallies.Snapshot seen = kept.snapshot();
            Grid counted = counting.compute(authorityId, stale, first.atDay(1), last.atEndOfMonth(), null);
            kept.keep(authorityId, stale, first, last, counted, seen);
            for (Indicator i : stale) {
                counted.each(i.code(), (team, month, tally) -> {
                    if (teamId == null || teamId.equals(team)) {
                        grid.add(i.code(), team, month, tally);
                    }
                });
            }
        }
        return grid;
    }

    /** Every council's tallies (for reports across councils and the benchmark), kept tallies used where valid. */
    public Map<Long, Grid> computeAll(Collection<Indicator> indicators, LocalDate from, LocalDate to) {
        Map<Long, Grid> grids = new HashMap<>();
        for (long council : jdbc.sql("SELECT id FROM authority ORDER BY id").query(Long.class).list()) {
            grids.put(council, compute(council, indicators, from, to, null));
        }
        return grids;
    }

    /** Every council's tallies counted afresh in one grouped pass per view, nothing kept (the benchmark's cold figure). */
    public Map<Long, Grid> countAll(Collection<Indicator> indicators, LocalDate from, LocalDate to) {
        return counting.computeAll(indicators, YearMonth.from(from).atDay(1), YearMonth.from(to).atEndOfMonth());
    }
}
