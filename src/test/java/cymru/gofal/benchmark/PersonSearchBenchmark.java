package cymru.gofal.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.GofalApplication;
import cymru.gofal.people.internal.PersonMatch;
import cymru.gofal.people.internal.PersonSearch;
import cymru.gofal.people.internal.SearchQuery;
import cymru.gofal.people.internal.Viewer;

/**
 * Benchmark of finding people (issue 3; P1: numbers printed, never asserted), on a Gofal database that the
 * simulator filled (scale L: 1,000,000 people or more). Queries are drawn from the people stored, then
 * changed as people mistype: a name with two letters swapped, a name with a date of birth, an NHS number. For
 * each kind it prints the median and 99th percentile time per query and how often the person was found in the
 * top 10, or the top 10 were all their namesakes (same first given name and family name: no search can tell
 * those apart by name alone), beside a baseline: the same number of primary-key reads.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cymru.gofal.benchmark.PersonSearchBenchmark -Dexec.args=/tmp/gofal-L</pre>
 */
public final class PersonSearchBenchmark {

    private static final int QUERIES = 400;

    private PersonSearchBenchmark() {
    }

    record Sample(long id, long authority, String given, String family, LocalDate dob, String nhs) {
    }

    public static void main(String[] args) {
        String dataDir = args.length > 0 ? args[0] : "./data";
        // As arguments, not default properties: those rank below application.yml, which names ./data.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GofalApplication.class).web(WebApplicationType.NONE)
                .run("--gofal.data-dir=" + dataDir, "--gofal.command=benchmark", "--gofal.simulator.load-on-start=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            PersonSearch search = app.getBean(PersonSearch.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
            System.out.printf("people in the database: %,d%n", people);
            if (people == 0) {
                System.out.println("No people: load some first (README: the simulate command).");
                return;
            }
            List<Sample> samples = jdbc.sql("""
                    SELECT id, authority_id, given_names, family_name, date_of_birth, nhs_number FROM person
                    WHERE merged_into IS NULL AND NOT restricted AND date_of_birth IS NOT NULL AND nhs_number IS NOT NULL
                    ORDER BY hashint8(id) LIMIT :n""").param("n", QUERIES)
                    .query((rs, i) -> new Sample(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6))).list();
            Random random = new Random(7);
            run("baseline: read one person by id", samples, s -> {
                jdbc.sql("SELECT given_names FROM person WHERE id = ?").param(s.id()).query(String.class).single();
                return true;
            });
            Function<Sample, Viewer> viewer = s -> new Viewer(s.authority(), "benchmark", List.of(), Instant.now());
            run("name with a typo (given and family)", samples, s -> tx.execute(t -> found(
                    search.search(viewer.apply(s), new SearchQuery(swap(first(s.given()), random) + " " + s.family(), null, null), 10, 0.5), s)));
            run("name with a typo and date of birth", samples, s -> tx.execute(t -> found(
                    search.search(viewer.apply(s), new SearchQuery(swap(first(s.given()), random) + " " + s.family(), s.dob(), null), 10, 0.5), s)));
            run("exact name (given and family)", samples, s -> tx.execute(t -> found(
                    search.search(viewer.apply(s), new SearchQuery(first(s.given()) + " " + s.family(), null, null), 10, 0.5), s)));
            run("family name only", samples, s -> tx.execute(t -> found(
                    search.search(viewer.apply(s), new SearchQuery(s.family(), null, null), 10, 0.5), s)));
            run("NHS number", samples, s -> tx.execute(t -> found(
                    search.search(viewer.apply(s), new SearchQuery(null, null, s.nhs()), 10, 0), s)));
        }
    }

    /** The person is among the results, or the results are a full page of their namesakes. */
    private static boolean found(List<PersonMatch> results, Sample s) {
        boolean namesakes = results.size() == 10 && results.stream()
                .allMatch(m -> first(m.givenNames()).equalsIgnoreCase(first(s.given())) && m.familyName().equalsIgnoreCase(s.family()));
        boolean found = namesakes || results.stream().anyMatch(m -> m.id() == s.id());
        if (!found && MISSES_SHOWN.getAndIncrement() < Integer.getInteger("benchmark.misses", 0)) {
            System.out.println("  missed " + s + "; found " + results.stream().map(m -> m.givenNames() + " " + m.familyName()
                    + String.format(" %.2f", m.score())).toList());
        }
        return found;
    }

    private static final java.util.concurrent.atomic.AtomicInteger MISSES_SHOWN = new java.util.concurrent.atomic.AtomicInteger();

    private static String first(String given) {
        return given.split(" ")[0];
    }

    /** The name with two neighbouring letters swapped, as people mistype. */
    private static String swap(String name, Random random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static void run(String label, List<Sample> samples, Function<Sample, Boolean> query) {
        for (int i = 0; i < Math.min(50, samples.size()); i++) {
            query.apply(samples.get(i)); // warm up
        }
        List<Long> times = new ArrayList<>();
        int hits = 0;
        for (Sample s : samples) {
            long t0 = System.nanoTime();
            boolean hit = query.apply(s);
            times.add(System.nanoTime() - t0);
            hits += hit ? 1 : 0;
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-40s median %7.2f ms   p99 %7.2f ms   found (or namesakes) in top 10: %5.1f%% of %d%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, 100.0 * hits / samples.size(),
                samples.size());
        Arrays.fill(sorted, 0);
    }
}
