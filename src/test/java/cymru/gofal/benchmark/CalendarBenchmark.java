package cymru.gofal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.calendar.SpecialDay;
import cymru.gofal.platform.calendar.WorkingDayCalendar;

/**
 * Benchmark of the working-day calendar (P1: numbers printed, never asserted). Part 1, in process: the cost
 * of {@code addWorkingDays} and {@code workingDaysBetween} over random dates 1995-2035, beside a baseline
 * (plain {@code LocalDate.plusDays} over the same inputs). Part 2, when a base URL is given: the latency of
 * the HTTP API, beside the latency of the liveness probe (no database) on the same server.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cymru.gofal.benchmark.CalendarBenchmark [-Dexec.args=http://localhost:8080]</pre>
 */
public final class CalendarBenchmark {

    private CalendarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        inProcess();
        if (args.length > 0) {
            overHttp(args[0]);
        }
    }

    private static void inProcess() {
        // The one-offs do not change the cost; the rules alone are enough for timing.
        WorkingDayCalendar calendar = new WorkingDayCalendar(new EnglandAndWalesHolidays(List.<SpecialDay>of()), java.util.Set.of());
        int n = 1_000_000;
        Random random = new Random(42);
        LocalDate[] from = new LocalDate[n];
        int[] days = new int[n];
        LocalDate base = LocalDate.of(1995, 1, 1);
        for (int i = 0; i < n; i++) {
            from[i] = base.plusDays(random.nextInt(14_600));
            days[i] = random.nextInt(60);
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += from[i].plusDays(days[i]).getDayOfMonth();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += calendar.addWorkingDays(from[i], days[i]).getDayOfMonth();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += calendar.workingDaysBetween(from[i], from[i].plusDays(days[i]));
            }
            long t3 = System.nanoTime();
            double baseline = (t1 - t0) / (double) n;
            double add = (t2 - t1) / (double) n;
            double between = (t3 - t2) / (double) n;
            System.out.printf("round %d: baseline plusDays %.0f ns/op | addWorkingDays %.0f ns/op (x%.1f) | "
                    + "workingDaysBetween %.0f ns/op (x%.1f)%n", round + 1, baseline, add, add / baseline, between,
                    between / baseline);
        }
        System.out.println("(sink " + sink + ")");
    }

    private static void overHttp(String baseUrl) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(7);
        int n = 2_000;
        long[] api = new long[n];
        long[] health = new long[n];
        for (int i = 0; i < n + 200; i++) {
            LocalDate from = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(14_600));
            long a = time(client, baseUrl + "/api/calendar/working-days/add?from=" + from + "&days=" + random.nextInt(60));
            long h = time(client, baseUrl + "/actuator/health/liveness");
            if (i >= 200) {
                api[i - 200] = a;
                health[i - 200] = h;
            }
        }
        Arrays.sort(api);
        Arrays.sort(health);
        System.out.printf("HTTP, %d sequential requests after 200 warm-up: calendar add median %.2f ms, p99 %.2f ms | "
                + "baseline /actuator/health/liveness median %.2f ms, p99 %.2f ms%n", n, api[n / 2] / 1e6, api[n * 99 / 100] / 1e6,
                health[n / 2] / 1e6, health[n * 99 / 100] / 1e6);
    }

    private static long time(HttpClient client, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return elapsed;
    }
}
