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
 * <p>Paging is exact with one question to each source: every source answers its first items in this same order (the
 * WorkSource contract), so the first {@code n} items of the tray are among the first {@code n} of each source.
 */
public final class TrayMerge {

    /** The tray order: due date, then kind of work, then record id. */
    public static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::dueOn)
            .thenComparing(WorkItem::kindKey).thenComparingLong(WorkItem::recordId);

    private TrayMerge() {
    }

    /**
     * The items at positions {@code offset} to {@code offset + size - 1} of the merged tray.
     *
     * @param sources each answers its first {@code limit} items in tray order (the WorkSource contract)
     */
    public static List<WorkItem> page(List<IntFunction<List<WorkItem>>> sources, int offset, int size) {
        List<WorkItem> first = first(sources, offset + size);
        return first.size() <= offset ? List.of() : first.subList(offset, first.size());
    }

    /** The first {@code wanted} items of the merged tray (fewer when the sources hold fewer). */
    static List<WorkItem> first(List<IntFunction<List<WorkItem>>> sources, int wanted) {
        List<WorkItem> all = new ArrayList<>();
        for (IntFunction<List<WorkItem>> source : sources) {
            List<WorkItem> answer = source.apply(wanted);
            if (answer != null) {
                all.addAll(answer);
            }
        }
        all.sort(ORDER);
        return all.size() <= wanted ? all : new ArrayList<>(all.subList(0, wanted));
    }
}
