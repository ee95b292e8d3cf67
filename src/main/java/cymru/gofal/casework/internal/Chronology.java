package cymru.gofal.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cymru.gofal.platform.web.Dates;

/**
 * A case's chronology: its own events (opened, each allocation, each transfer, closed) and its significant notes (their
 * current versions), in date order. Each entry is a message key with its arguments (names in the reader's language) and
 * the text it carries (a handover, a closure summary, a note).
 */
public final class Chronology {

    /** One entry; {@code at} orders entries of the same day. */
    public record Entry(LocalDate day, Instant at, String key, Object[] args, String detail) {
    }

    private Chronology() {
    }

    public static List<Entry> of(CaseFile f, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        CaseRow c = f.c();
        entries.add(new Entry(c.openedOn(), startOf(c.openedOn()), "casework.chronology.opened." + c.openedFrom(), new Object[0], null));
        for (CaseHistory.Allocation a : f.allocations()) {
            entries.add(new Entry(a.allocatedOn(), a.allocatedAt(), "casework.chronology.allocated", new Object[] {f.staffName(a.staffId())},
                    a.overrideReason()));
        }
        for (CaseHistory.Transfer t : f.transfers()) {
            entries.add(new Entry(t.transferredOn(), t.transferredAt(), "casework.chronology.transferred",
                    new Object[] {f.teamName(t.fromTeamId(), locale), f.teamName(t.toTeamId(), locale)}, t.handover()));
        }
        for (CaseHistory.NoteThread thread : f.notes()) {
            CaseHistory.Note n = thread.current();
            if (n.significant()) {
                var type = f.noteTypes().get(n.noteType());
                entries.add(new Entry(LocalDate.ofInstant(n.occurredAt(), Dates.LONDON), n.occurredAt(), "casework.chronology.note",
                        new Object[] {type == null ? n.noteType() : type.name(locale)}, n.body()));
            }
        }
        if (!c.open()) {
            var reason = f.closureReasons().get(c.closureReason());
            entries.add(new Entry(c.closedOn(), startOf(c.closedOn().plusDays(1)).minusSeconds(1), "casework.chronology.closed",
                    new Object[] {reason == null ? c.closureReason() : reason.name(locale)}, c.closureSummary()));
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::at));
        return entries;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Dates.LONDON).toInstant();
    }
}
