package cymru.gofal.casework;

import java.time.LocalDate;

import cymru.gofal.platform.work.WorkItem;

/** Work items for tests: only what the tray orders by varies. */
final class WorkItems {

    private WorkItems() {
    }

    static WorkItem item(String kind, long recordId, LocalDate due) {
        return new WorkItem(kind, recordId, "/test/" + recordId, 1000 + recordId, 1L, null, due.minusDays(7), due, "TEST_RULE");
    }
}
