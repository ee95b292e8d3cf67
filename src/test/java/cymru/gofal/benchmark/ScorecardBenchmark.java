package cymru.gofal.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.GofalApplication;
import cymru.gofal.performance.internal.Engine;
import cymru.gofal.performance.internal.Grid;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.IndicatorCatalogue;

/**
 * Benchmark of the scorecard (issue 6 point 7; numbers printed, never asserted), on a database the simulator filled
 * (scale L). It computes the whole scorecard of every council: every indicator, every team, each of the last twelve
 * months, as the pages do, with tallies kept while nothing behind them changes ({@code Engine.computeAll}); the same
 * counted afresh in one grouped pass per reporting view over every council's rows ({@code Engine.countAll}); and one
 * council at a time as a council's own scorecard page does. Beside it, in the same run, the baseline: PostgreSQL reading once through the
 * rows the indicators read ({@code count(*)} over each table behind the reporting views). It prints the median of
 * several runs of each and their ratios (goal: at most 3). Then the time from a new record to a changed value: it
 * records a child's referral received today and computes the whole scorecard of that council again, checking
 * SCC/006's denominator for this month went up by one (goal: under one second), both in the writer's transaction
 * (rolled back) and after the record is committed (then deleted).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cymru.gofal.benchmark.ScorecardBenchmark -Dexec.args=/tmp/gofal-L</pre>
 * Arguments after the data directory are passed to Gofal (for example {@code --spring.flyway.validate-on-migrate=false}).
 */
public final class ScorecardBenchmark {

    /** The tables behind the reporting views the seeded indicators read. */
    static final List<String> TABLES = List.of("contact", "referral", "turned_aside", "assessment", "assessment_need", "carer_offer",
            "person_relationship", "staff", "care_case", "case_allocation", "care_plan", "plan_version", "plan_service", "plan_review",
            "unmet_need");
    static final int RUNS = 7;

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) {
        String dataDir = args.length > 0 ? args[0] : "./data";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GofalApplication.class).web(WebApplicationType.NONE)
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--gofal.data-dir=" + dataDir, "--gofal.command=benchmark",
                        "--gofal.simulator.load-on-start=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"),
                        Arrays.stream(args).skip(1)).toArray(String[]::new))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Engine engine = app.getBean(Engine.class);
            List<Indicator> indicators = app.getBean(IndicatorCatalogue.class).all();
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            List<Long> councils = jdbc.sql("SELECT id FROM authority ORDER BY id").query(Long.class).list();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            LocalDate from = YearMonth.from(today).minusMonths(11).atDay(1);
            long rows = 0;
            for (String t : TABLES) {
                rows += jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single();
            }
            System.out.printf("councils: %d, indicators: %d, rows in the tables behind them: %,d, period %s to %s%n", councils.size(),
                    indicators.size(), rows, from, today);
            long[] scorecard = new long[RUNS];
            long[] cold = new long[RUNS];
            long[] oneByOne = new long[RUNS];
            long[] baseline = new long[RUNS];
            for (int run = -1; run < RUNS; run++) {
                long t0 = System.nanoTime();
                engine.countAll(indicators, from, today);
                long t1 = System.nanoTime();
                for (String t : TABLES) {
                    jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single();
                }
                long t2 = System.nanoTime();
                engine.computeAll(indicators, from, today);
                long t3 = System.nanoTime();
                for (long council : councils) {
                    engine.compute(council, indicators, from, today, null);
                }
                long t4 = System.nanoTime();
                if (run >= 0) {
                    cold[run] = t1 - t0;
                    baseline[run] = t2 - t1;
                    scorecard[run] = t3 - t2;
                    oneByOne[run] = t4 - t3;
                }
            }
            double s = median(scorecard);
            double c = median(cold);
            double b = median(baseline);
            System.out.printf("whole scorecard, every council, indicator, team and month, tallies kept:   median %.0f ms (runs: %s)%n", s, ms(scorecard));
            System.out.printf("the same counted afresh from the views, nothing kept (one pass per view): median %.0f ms (runs: %s)%n", c, ms(cold));
            System.out.printf("baseline, count(*) over the same tables:                                  median %.0f ms (runs: %s)%n", b, ms(baseline));
            System.out.printf("ratio, tallies kept: %.2f (goal: at most 3); counted afresh: %.2f%n", s / b, c / b);
            System.out.printf("one council at a time, as each council's scorecard page computes it, tallies kept: median %.1f ms a council%n",
                    median(oneByOne) / councils.size());
            breakdown(engine, indicators, councils, from, today);
            freshness(jdbc, engine, indicators, tx, today, from);
        }
    }

    /** Where a fresh count's time goes: each reporting view's pass over every council's rows, once. */
    static void breakdown(Engine engine, List<Indicator> indicators, List<Long> councils, LocalDate from, LocalDate today) {
        var byView = new java.util.TreeMap<String, List<Indicator>>();
        indicators.forEach(i -> byView.computeIfAbsent(i.sourceView(), v -> new ArrayList<>()).add(i));
        byView.forEach((view, list) -> {
            long t0 = System.nanoTime();
            engine.countAll(list, from, today);
            System.out.printf("  %-40s %6d ms (%d indicators)%n", view, (System.nanoTime() - t0) / 1_000_000, list.size());
        });
    }

    /** A child's referral recorded now, then the council's whole scorecard again, in one transaction rolled back. */
    static void freshness(JdbcClient jdbc, Engine engine, List<Indicator> indicators, TransactionTemplate tx, LocalDate today, LocalDate from) {
        var sample = jdbc.sql("""
                SELECT r.authority_id, r.person_id, r.screening_team_id FROM referral r WHERE r.route = 'CHILDREN'
                 ORDER BY r.id DESC LIMIT 1""").query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).optional();
        if (sample.isEmpty()) {
            System.out.println("No children's referral to copy: the freshness figure needs simulated activity.");
            return;
        }
        long[] s = sample.get();
        YearMonth month = YearMonth.from(today);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            tx.executeWithoutResult(status -> {
                long before = engine.compute(s[0], indicators, from, today, null).council("SCC/006", month, month).denominator();
                long t0 = System.nanoTime();
                insertReferral(jdbc, s, today);
                Grid after = engine.compute(s[0], indicators, from, today, null);
                long t1 = System.nanoTime();
                if (after.council("SCC/006", month, month).denominator() != before + 1) {
                    throw new IllegalStateException("SCC/006 did not count the new referral");
                }
                times.add((t1 - t0) / 1_000_000);
                status.setRollbackOnly();
            });
        }
        System.out.printf("new record to changed value on the council's whole scorecard, in the writer's transaction: median %d ms (runs: %s; goal: under 1000 ms)%n",
                times.stream().sorted().toList().get(times.size() / 2), times);
        List<Long> committed = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long before = engine.compute(s[0], indicators, from, today, null).council("SCC/006", month, month).denominator();
            long t0 = System.nanoTime();
            long id = tx.execute(status -> insertReferral(jdbc, s, today));
            Grid after = engine.compute(s[0], indicators, from, today, null);
            long t1 = System.nanoTime();
            tx.executeWithoutResult(status -> jdbc.sql("DELETE FROM referral WHERE id = :id").param("id", id).update());
            if (after.council("SCC/006", month, month).denominator() != before + 1) {
                throw new IllegalStateException("SCC/006 did not count the new referral");
            }
            committed.add((t1 - t0) / 1_000_000);
        }
        System.out.printf("new record committed, then the council's whole scorecard read again:        median %d ms (runs: %s; goal: under 1000 ms)%n",
                committed.stream().sorted().toList().get(committed.size() / 2), committed);
    }

    static long insertReferral(JdbcClient jdbc, long[] s, LocalDate today) {
        return jdbc.sql("""
                INSERT INTO referral (authority_id, person_id, source, route, priority, reason, received_at, received_on,
                       screening_team_id, response_rule, response_due, decision_rule, decision_due, re_referral, recorded_by)
                VALUES (:a, :p, 'GP', 'CHILDREN', 'STANDARD', 'Benchmark', now(), :d, :t, 'REFERRAL_RESPONSE_STANDARD', :d,
                        'REFERRAL_DECISION', :d - 1, FALSE, 'benchmark') RETURNING id""")
                .param("a", s[0]).param("p", s[1]).param("d", today).param("t", s[2]).query(Long.class).single();
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static String ms(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }
}
