package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cymru.gofal.performance.internal.Scorecard;

/**
 * An indicator's quarters drawn as an SVG bar chart (percentages on a 0 to 100 scale, counts on 0 to the largest
 * value), with the target of each quarter as a short line. Coordinates only: the page names each bar and the same
 * figures are in the table beside it.
 */
record Chart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    static final int BASE = 170;
    static final int TOP = 10;

    /** One quarter: bar x, y, width and height; target line y (null without a target); the value's label. */
    record Bar(int x, int y, int w, int h, Integer targetY, String label, String value, boolean partial) {
    }

    static Chart of(List<Scorecard.QuarterValue> quarters, boolean percent, List<String> labels) {
        double max = percent ? 100 : 1;
        if (!percent) {
            for (Scorecard.QuarterValue q : quarters) {
                max = Math.max(max, q.value() == null ? 0 : q.value().doubleValue());
                max = Math.max(max, q.target() == null ? 0 : q.target().doubleValue());
            }
        }
        int slot = WIDTH / quarters.size();
        int w = slot * 3 / 5;
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k < quarters.size(); k++) {
            Scorecard.QuarterValue q = quarters.get(k);
            int h = q.value() == null ? 0 : (int) Math.round(q.value().doubleValue() / max * (BASE - TOP));
            Integer ty = q.target() == null ? null : BASE - (int) Math.round(Math.min(q.target().doubleValue(), max) / max * (BASE - TOP));
            bars.add(new Bar(k * slot + (slot - w) / 2, BASE - h, w, h, ty, labels.get(k), text(q.value()), q.partial()));
        }
        return new Chart(WIDTH, HEIGHT, bars);
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
