package cymru.gofal.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cymru.gofal.platform.work.WorkCount;

/**
 * A page of a work tray as of {@code today}.
 *
 * @param staffId the signed-in user's staff id; null when they are not a member of staff (then the worker's tray
 *                is empty: they hold no work)
 * @param teamIds the teams a team tray shows; empty for the worker's tray, or when the user has no team and chose
 *                none (then there is nothing to show until they choose)
 * @param count   open and overdue items in the whole tray, not just this page
 * @param page    this page, from 1
 */
public record Tray(TrayView view, LocalDate today, Long staffId, List<Long> teamIds, WorkCount count, List<TrayRow> rows,
        int page, int pageSize) {

    public static Tray empty(TrayView view, LocalDate today, Long staffId, List<Long> teamIds, int page, int pageSize) {
        return new Tray(view, today, staffId, teamIds, new WorkCount(0, 0), List.of(), page, pageSize);
    }

    /** Whether the tray has a scope to show (a member of staff, or a team). */
    public boolean hasScope() {
        return view.teamView() ? !teamIds.isEmpty() : staffId != null;
    }

    /** Pages in the whole tray; at least 1. */
    public int pages() {
        return (int) Math.max(1, (count.open() + pageSize - 1) / pageSize);
    }

    /**
     * The page numbers to offer, GOV.UK style: the first, the last, and those next to this page; null where pages
     * are left out (an ellipsis).
     */
    public List<Integer> pageLinks() {
        List<Integer> links = new ArrayList<>();
        int last = pages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= 1) {
                links.add(p);
            } else if (!links.isEmpty() && links.get(links.size() - 1) != null) {
                links.add(null);
            }
        }
        return links;
    }
}
