package cymru.gofal.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the work-tray page under concurrent load (issue 4; P1: numbers printed, never asserted), against a
 * running Gofal. It signs in through the sign-in form as the demo users practitioner, practitioner2, team.manager
 * and senior.manager (one session each), then N threads fetch the trays each user may see ({@code /work} for all,
 * {@code /work?view=team} and {@code /work?view=unallocated} for the managers) and, as the baseline, the home page
 * ({@code /}: the same sign-in, session and layout, no work), in turn, for a warm-up and then a measured period.
 * It prints per page the requests, throughput, median and 99th percentile latency, and the ratio of each median to
 * the baseline's.
 *
 * <p>For the figures, fill a database at scale L and start Gofal on it with the demo profile (README):
 * <pre>
 * mvn spring-boot:run -Dspring-boot.run.profiles=demo -Dmaven.test.skip=true -Dspring-boot.run.arguments="--gofal.command=simulate --gofal.simulator.scale=L --gofal.data-dir=/tmp/gofal-L --spring.main.web-application-type=none"
 * mvn spring-boot:run -Dspring-boot.run.profiles=demo -Dmaven.test.skip=true -Dspring-boot.run.arguments="--gofal.data-dir=/tmp/gofal-L --server.port=8080"
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cymru.gofal.benchmark.WorkTrayBenchmark -Dexec.args="http://localhost:8080 8 20 60"
 * </pre>
 * Arguments: base URL (default http://localhost:8080), threads (8), warm-up seconds (20), measured seconds (60).
 */
public final class WorkTrayBenchmark {

    static final String PASSWORD = "Gofal-demo-2026";
    static final String BASELINE = "/ (baseline)";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private WorkTrayBenchmark() {
    }

    /** One signed-in user and the pages they fetch. */
    record Session(String username, HttpClient client, List<String> paths) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://localhost:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        List<Session> sessions = List.of(
                signIn(base, "practitioner", List.of("/work")),
                signIn(base, "practitioner2", List.of("/work")),
                signIn(base, "team.manager", List.of("/work", "/work?view=team", "/work?view=unallocated")),
                signIn(base, "senior.manager", List.of("/work", "/work?view=team", "/work?view=unallocated")));
        System.out.printf("Work trays at %s: %d threads, %d s warm-up, %d s measured%n", base, threads, warmUp, measured);
        run(base, sessions, threads, warmUp, false);
        Map<String, ConcurrentLinkedQueue<Long>> times = run(base, sessions, threads, measured, true);
        report(times, measured);
    }

    /** Signs in through the form: the sign-in page for the CSRF token and session cookie, then the POST. */
    static Session signIn(String base, String username, List<String> paths) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page of " + base);
        }
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/sign-in")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " " + location
                    + " (is the app running with the demo profile?)");
        }
        // English pages, so every user's page is the same work (the choice is saved on the account).
        client.send(HttpRequest.newBuilder(URI.create(base + "/?lang=en")).GET().build(), HttpResponse.BodyHandlers.discarding());
        List<String> all = new ArrayList<>(paths);
        all.add("/");
        return new Session(username, client, all);
    }

    /** Each thread takes the sessions' pages in turn, from its own starting point, until the time is up. */
    static Map<String, ConcurrentLinkedQueue<Long>> run(String base, List<Session> sessions, int threads, int seconds, boolean record)
            throws InterruptedException {
        List<Session> bySession = new ArrayList<>();
        List<String> byPath = new ArrayList<>();
        for (Session s : sessions) {
            for (String p : s.paths()) {
                bySession.add(s);
                byPath.add(p);
            }
        }
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    int k = i % byPath.size();
                    String path = byPath.get(k);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = bySession.get(k).client().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else if (record) {
                            times.computeIfAbsent(label(path), x -> new ConcurrentLinkedQueue<>()).add(took);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failures.get() > 0) {
            System.out.printf("  %d requests failed (not 200) in the %s%n", failures.get(), record ? "measured period" : "warm-up");
        }
        return times;
    }

    private static String label(String path) {
        return path.equals("/") ? BASELINE : path;
    }

    static void report(Map<String, ConcurrentLinkedQueue<Long>> times, int seconds) {
        Map<String, long[]> sorted = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (String label : List.of("/work", "/work?view=team", "/work?view=unallocated", BASELINE)) {
            ConcurrentLinkedQueue<Long> q = times.get(label);
            if (q != null && !q.isEmpty()) {
                sorted.put(label, q.stream().mapToLong(Long::longValue).sorted().toArray());
                if (!label.equals(BASELINE)) {
                    all.addAll(q);
                }
            }
        }
        if (!all.isEmpty()) {
            sorted.put("all trays", all.stream().mapToLong(Long::longValue).sorted().toArray());
        }
        double baseline = sorted.containsKey(BASELINE) ? median(sorted.get(BASELINE)) : Double.NaN;
        System.out.printf("%-24s %9s %10s %12s %12s %16s%n", "page", "requests", "per second", "median ms", "p99 ms", "median/baseline");
        sorted.forEach((label, t) -> System.out.printf("%-24s %9d %10.1f %12.2f %12.2f %16.2f%n", label, t.length, t.length / (double) seconds,
                median(t) / 1e6, p99(t) / 1e6, median(t) / baseline));
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p99(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
