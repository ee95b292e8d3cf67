package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import cymru.gofal.casework.internal.TrayMerge;
import cymru.gofal.platform.work.WorkItem;

import static cymru.gofal.casework.WorkItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Merging the sources' work into one tray order, and paging it, without Spring. */
class TrayMergeTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** A source as the WorkSource contract says: its first `limit` items, earliest due first, ties by id. */
    static IntFunction<List<WorkItem>> source(List<WorkItem> items, AtomicInteger asked) {
        List<WorkItem> own = new ArrayList<>(items);
        own.sort(TrayMerge.ORDER); // the WorkSource contract: answers in tray order
        return limit -> {
            asked.incrementAndGet();
            return List.copyOf(own.subList(0, Math.min(limit, own.size())));
        };
    }

    static IntFunction<List<WorkItem>> source(WorkItem... items) {
        return source(List.of(items), new AtomicInteger());
    }

    @Test
    void earliestDueFirstThenKindThenRecordIdAcrossSources() {
        WorkItem a = item("intake.work.referralDecision", 9, MONDAY.plusDays(2));
        WorkItem b = item("assessment.work.child", 3, MONDAY.plusDays(2));
        WorkItem c = item("assessment.work.child", 1, MONDAY.plusDays(2));
        WorkItem d = item("intake.work.checkBack", 5, MONDAY);
        WorkItem e = item("assessment.work.adult", 2, MONDAY.plusDays(1));
        List<WorkItem> page = TrayMerge.page(List.of(source(a, d), source(b, c, e)), 0, 50);
        assertThat(page).containsExactly(d, e, c, b, a);
    }

    @Test
    void noSourcesAnEmptyTray() {
        assertThat(TrayMerge.page(List.of(), 0, 50)).isEmpty();
        assertThat(TrayMerge.page(List.of(source()), 50, 50)).isEmpty();
    }

    @Test
    void pagesFollowOnWithoutGapsOrRepeats() {
        List<WorkItem> one = new ArrayList<>();
        List<WorkItem> two = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            (i % 3 == 0 ? one : two).add(item(i % 2 == 0 ? "a.kind" : "b.kind", i, MONDAY.plusDays(i / 4)));
        }
        List<IntFunction<List<WorkItem>>> sources = List.of(source(one, new AtomicInteger()), source(two, new AtomicInteger()));
        List<WorkItem> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            all.addAll(TrayMerge.page(sources, p * 50, 50));
        }
        List<WorkItem> expected = new ArrayList<>(one);
        expected.addAll(two);
        expected.sort(TrayMerge.ORDER);
        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(TrayMerge.page(sources, 100, 50)).hasSize(30);
    }

    /** Sources answer in tray order, so even a busy day needs one question to each source. */
    @Test
    void aBusyDayNeedsOneQuestionToEachSource() {
        List<WorkItem> busy = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            busy.add(item(i < 150 ? "z.kind" : "a.kind", i, MONDAY)); // the 50 "a" items have the highest ids
        }
        AtomicInteger asked = new AtomicInteger();
        List<WorkItem> page = TrayMerge.page(List.of(source(busy, asked)), 0, 50);
        assertThat(page).allMatch(w -> w.kindKey().equals("a.kind")).hasSize(50);
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void aSourceWhoseCutOffIsAfterThePageIsAskedOnce() {
        List<WorkItem> spread = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            spread.add(item("a.kind", i, MONDAY.plusDays(i)));
        }
        AtomicInteger asked = new AtomicInteger();
        assertThat(TrayMerge.page(List.of(source(spread, asked)), 50, 50)).extracting(WorkItem::recordId).startsWith(50L).endsWith(99L);
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void randomSourcesMergeAsOneSortedList() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<List<WorkItem>> lists = new ArrayList<>();
            List<WorkItem> everything = new ArrayList<>();
            long id = 0;
            for (int s = 0; s < 1 + random.nextInt(4); s++) {
                List<WorkItem> items = new ArrayList<>();
                for (int i = 0; i < random.nextInt(300); i++) {
                    items.add(item("k" + random.nextInt(3), id++, MONDAY.plusDays(random.nextInt(20))));
                }
                lists.add(items);
                everything.addAll(items);
            }
            everything.sort(TrayMerge.ORDER);
            List<IntFunction<List<WorkItem>>> sources = lists.stream().map(l -> source(l, new AtomicInteger())).toList();
            int offset = random.nextInt(5) * 50;
            List<WorkItem> expected = everything.subList(Math.min(offset, everything.size()), Math.min(offset + 50, everything.size()));
            assertThat(TrayMerge.page(sources, offset, 50)).as("round " + round).containsExactlyElementsOf(expected);
        }
    }
}
