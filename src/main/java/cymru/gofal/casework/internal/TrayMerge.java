package cymru.gofal.casework.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import cymru.gofal.platform.work.WorkItem;

/**
 * Merges the open work of several sources into one tray order: earliest due first, ties by kind of work (its
 * message key) and then record id. Pure: no Spring, no database.
 *
 * <p>Paging is exact. Each source answers its own first {@code limit} items, earliest due first but with ties in its
 * own order, so a source cut off at the limit may still hold items due on the day of its last answered item that
 * come earlier in tray order. The merge therefore asks a cut-off source again, for twice as many, whenever its last
 * answered item is due on or before the last item of the page: only then could an item it did not answer belong
 * on the page. Sources are asked for a few more than the page needs, so that this rarely happens.
 */
public final class TrayMerge {

    /** The tray order: due date, then kind of work, then record id. */
    public static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::dueOn)
            .thenComparing(WorkItem::kindKey).thenComparingLong(WorkItem::recordId);

    /** Asked beyond what the page needs, so that a source cut off on a busy due day is seldom asked twice. */
    static final int MARGIN = 10;

    /** The most any one source is asked for; beyond this the page may be approximate at its last due day. */
    static final int MAX_LIMIT = 100_000;

    private TrayMerge() {
    }

    /**
     * The items at positions {@code offset} to {@code offset + size - 1} of the merged tray.
     *
     * @param sources each answers its first {@code limit} items, earliest due first (the WorkSource contract)
     */
    public static List<WorkItem> page(List<IntFunction<List<WorkItem>>> sources, int offset, int size) {
        List<WorkItem> first = first(sources, offset + size);
        return first.size() <= offset ? List.of() : first.subList(offset, first.size());
    }

    /** The first {@code wanted} items of the merged tray (fewer when the sources hold fewer). */
    static List<WorkItem> first(List<IntFunction<List<WorkItem>>> sources, int wanted) {
        int n = sources.size();
        int[] limits = new int[n];
        List<List<WorkItem>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            limits[i] = Math.min(wanted + MARGIN, MAX_LIMIT);
            answers.add(ask(sources.get(i), limits[i]));
        }
        while (true) {
            List<WorkItem> merged = merge(answers, wanted);
            if (merged.size() < wanted) {
                return merged; // then no source was cut off: each cut-off source alone answers at least `wanted`
            }
            WorkItem last = merged.get(wanted - 1);
            boolean askedAgain = false;
            for (int i = 0; i < n; i++) {
                List<WorkItem> answer = answers.get(i);
                boolean cutOff = answer.size() >= limits[i];
                if (cutOff && limits[i] < MAX_LIMIT && !latestDue(answer).dueOn().isAfter(last.dueOn())) {
                    limits[i] = (int) Math.min(2L * limits[i], MAX_LIMIT);
                    answers.set(i, ask(sources.get(i), limits[i]));
                    askedAgain = true;
                }
            }
            if (!askedAgain) {
                return merged;
            }
        }
    }

    private static List<WorkItem> ask(IntFunction<List<WorkItem>> source, int limit) {
        List<WorkItem> answer = source.apply(limit);
        return answer == null ? List.of() : answer;
    }

    private static WorkItem latestDue(List<WorkItem> answer) {
        return answer.stream().max(Comparator.comparing(WorkItem::dueOn)).orElseThrow();
    }

    private static List<WorkItem> merge(List<List<WorkItem>> answers, int wanted) {
        List<WorkItem> all = new ArrayList<>();
        answers.forEach(all::addAll);
        all.sort(ORDER);
        return all.size() <= wanted ? all : new ArrayList<>(all.subList(0, wanted));
    }
}
