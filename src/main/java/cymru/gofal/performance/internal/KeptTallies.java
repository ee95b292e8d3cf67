package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indicator tallies kept between computations (V24; ADR 8). A kept tally of one council's indicator is valid while
 * no table behind the indicator's view has changed for that council since the snapshot it was counted in, and only
 * on the day it was counted (views and definitions read today's date). Changes are recorded per transaction by
 * statement triggers, so validity is exact: a write committed, or made by the reader's own transaction, after the
 * count makes it invalid; a write still uncommitted elsewhere is invisible to the reader as well.
 */
@Component
class KeptTallies {

    private static final Logger LOG = LoggerFactory.getLogger(KeptTallies.class);

    /** The snapshot a count is about to see, whether the reader's transaction has written anything, and today. */
    record Snapshot(String snapshot, boolean ownWrites, LocalDate day) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final Map<String, List<String>> tablesOfView = new ConcurrentHashMap<>();

    KeptTallies(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Snapshot snapshot() {
        return jdbc.sql("""
                SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned() IS NOT NULL,
                       (now() AT TIME ZONE 'Europe/London')::date""")
                .query((rs, n) -> new Snapshot(rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class))).single();
    }

    /**
     * Reads into {@code grid} the kept tallies of those of {@code indicators} (all of one reporting view) still valid
     * for the months {@code from} to {@code to}, one team only when {@code team} is given; answers their codes.
     * Validity and tallies are read in one statement, so they belong together.
     */
    Set<String> read(long authority, String view, Collection<Indicator> indicators, YearMonth from, YearMonth to, Long team, Grid grid) {
        Set<String> valid = new HashSet<>();
        String sql = """
                WITH valid AS (
                  SELECT s.indicator_code FROM indicator_tally_state s
                   WHERE s.authority_id = :a AND s.indicator_code IN (:codes) AND s.from_month <= :from AND s.to_month >= :to
                     AND s.counted_on = (now() AT TIME ZONE 'Europe/London')::date
                     AND NOT EXISTS (SELECT 1 FROM indicator_change c
                                      WHERE c.table_name IN (:tables) AND (c.authority_id = s.authority_id OR c.authority_id IS NULL)
                                        AND c.xid >= pg_snapshot_xmin(s.snapshot) AND NOT pg_visible_in_snapshot(c.xid, s.snapshot)))
                SELECT v.indicator_code, t.team_id, t.month, t.numerator, t.denominator FROM valid v
                  LEFT JOIN indicator_tally t ON t.authority_id = :a AND t.indicator_code = v.indicator_code
                       AND t.month BETWEEN :from AND :to""" + (team == null ? "" : " AND t.team_id = :team");
        var spec = jdbc.sql(sql).param("a", authority).param("codes", indicators.stream().map(Indicator::code).toList())
                .param("from", from.atDay(1)).param("to", to.atDay(1)).param("tables", tables(view));
        if (team != null) {
            spec = spec.param("team", team);
        }
        spec.query((RowCallbackHandler) rs -> {
            String code = rs.getString(1);
            valid.add(code);
            LocalDate month = rs.getObject(3, LocalDate.class);
            if (month != null) {
                grid.add(code, rs.getObject(2, Long.class), YearMonth.from(month), new Tally(rs.getLong(4), rs.getLong(5)));
            }
        });
        return valid;
    }

    /**
     * Keeps {@code counted}'s tallies of the indicators for the months {@code from} to {@code to}, counted in
     * {@code seen}, in a transaction of its own (the reader's may be read-only). A count that saw the reader's own
     * uncommitted writes is never kept: they may yet be rolled back. Failing to keep costs speed, never a wrong figure.
     */
    void keep(long authority, Collection<Indicator> indicators, YearMonth from, YearMonth to, Grid counted, Snapshot seen) {
        if (seen.ownWrites()) {
            return;
        }
        try {
            separate.executeWithoutResult(tx -> {
                for (Indicator i : indicators.stream().sorted(java.util.Comparator.comparing(Indicator::code)).toList()) {
                    keepOne(authority, i.code(), from, to, counted, seen);
                }
                forgetOldChanges();
            });
        } catch (DataAccessException e) {
            LOG.warn("Indicator tallies not kept (they will be counted again): {}", e.getMessage());
        }
    }

    private void keepOne(long authority, String code, YearMonth from, YearMonth to, Grid counted, Snapshot seen) {
        jdbc.sql("""
                INSERT INTO indicator_tally_state (authority_id, indicator_code, from_month, to_month, counted_on, snapshot)
                VALUES (:a, :c, :from, :to, :day, :snap::pg_snapshot)
                ON CONFLICT (authority_id, indicator_code) DO UPDATE SET from_month = excluded.from_month,
                    to_month = excluded.to_month, counted_on = excluded.counted_on, snapshot = excluded.snapshot""")
                .param("a", authority).param("c", code).param("from", from.atDay(1)).param("to", to.atDay(1))
                .param("day", seen.day()).param("snap", seen.snapshot()).update();
        jdbc.sql("DELETE FROM indicator_tally WHERE authority_id = :a AND indicator_code = :c").param("a", authority).param("c", code).update();
        List<Long> teams = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<Long> numerators = new ArrayList<>();
        List<Long> denominators = new ArrayList<>();
        counted.each(code, (team, month, tally) -> {
            teams.add(team);
            months.add(month.atDay(1));
            numerators.add(tally.numerator());
            denominators.add(tally.denominator());
        });
        if (!teams.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO indicator_tally (authority_id, indicator_code, team_id, month, numerator, denominator)
                    SELECT :a, :c, t, m, n, d FROM unnest(:teams::bigint[], :months::date[], :ns::bigint[], :ds::bigint[]) AS u(t, m, n, d)""")
                    .param("a", authority).param("c", code).param("teams", teams.toArray(Long[]::new))
                    .param("months", months.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                    .param("ns", numerators.toArray(Long[]::new)).param("ds", denominators.toArray(Long[]::new)).update();
        }
    }

    /**
     * Forgets changes no kept tally can still need: older than every kept snapshot and every transaction running
     * now, and an hour old (a count in flight, not yet kept, may have begun before them).
     */
    private void forgetOldChanges() {
        jdbc.sql("""
                DELETE FROM indicator_change WHERE changed_at < now() - interval '1 hour'
                   AND xid < pg_snapshot_xmin(pg_current_snapshot())
                   AND xid < coalesce((SELECT min(pg_snapshot_xmin(snapshot)) FROM indicator_tally_state), pg_snapshot_xmin(pg_current_snapshot()))""")
                .update();
    }

    /** The base tables behind a reporting view (through the views it reads), from the database's own catalogue. */
    List<String> tables(String view) {
        return tablesOfView.computeIfAbsent(view, v -> jdbc.sql("SELECT indicator_view_tables(:v)").param("v", v).query(String.class).list());
    }
}
