package cymru.gofal.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A list of items picked at random in proportion to their weights; the order of adding fixes the outcome. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(double weight, T item) {
        if (weight > 0) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }
        return this;
    }

    T pick(SplittableRandom random) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to pick from");
        }
        double r = random.nextDouble() * total;
        int lo = 0;
        int hi = items.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative.get(mid) > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
