package cymru.gofal.simulator;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines of a simulation: share done, people per second and time left, at most every two seconds (and
 * when done), then a summary. Councils loaded in parallel report into one. Elapsed time comes from {@link System#nanoTime()}; it is reported, never generated.
 */
final class Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String label;
    private final long total;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private long lastPrinted = start;
    private long done;

    Progress(String label, long total, Consumer<String> out) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
    }

    /** {@code people} more were written. */
    synchronized void advance(long people) {
        if (people <= 0) {
            return;
        }
        done += people;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS || done >= total) {
            lastPrinted = now;
            double rate = rate(now);
            long left = rate > 0 ? Math.round((total - done) / rate) : 0;
            out.accept(String.format(Locale.UK, "%s: %.1f%% (%,d of %,d people), %,.0f people/s, about %s left",
                    label, 100.0 * done / total, done, total, rate, duration(left)));
        }
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    double rate(long now) {
        double seconds = (now - start) / 1e9;
        return seconds > 0 ? done / seconds : 0;
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
