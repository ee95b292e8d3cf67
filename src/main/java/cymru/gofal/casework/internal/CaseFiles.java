package cymru.gofal.casework.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/** The case page's reads: one case with its history, audited as a READ about its person. */
@Service
public class CaseFiles {

    private final VisibleCases visible;
    private final CaseStore store;
    private final CaseReference reference;
    private final People people;
    private final Workforce workforce;
    private final AuditLog audit;

    CaseFiles(VisibleCases visible, CaseStore store, CaseReference reference, People people, Workforce workforce, AuditLog audit) {
        this.visible = visible;
        this.store = store;
        this.reference = reference;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
    }

    @PreAuthorize(CaseAccess.READ)
    @Transactional
    public CaseFile view(long id) {
        CaseRow c = visible.require(id);
        var person = people.find(c.personId()).orElseThrow(() -> new NotFoundException("No case " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "care_case", id).aboutPerson(c.personId()));
        List<CaseHistory.Allocation> allocations = store.allocations(id);
        List<CaseHistory.Transfer> transfers = store.transfers(id);
        List<CaseHistory.Note> notes = store.notes(id);
        Set<Long> staffIds = new LinkedHashSet<>();
        staffIds.add(c.staffId());
        allocations.forEach(a -> {
            staffIds.add(a.staffId());
            staffIds.add(a.previousStaffId());
        });
        transfers.forEach(t -> staffIds.add(t.fromStaffId()));
        staffIds.remove(null);
        Map<Long, String> staffNames = workforce.staff(c.authorityId(), staffIds).stream()
                .collect(Collectors.toMap(StaffRef::id, StaffRef::displayName, (a, b) -> a));
        Set<String> users = new LinkedHashSet<>();
        users.add(c.createdBy());
        users.add(c.closedBy());
        allocations.forEach(a -> users.add(a.allocatedBy()));
        transfers.forEach(t -> users.add(t.transferredBy()));
        notes.forEach(n -> users.add(n.recordedBy()));
        users.remove(null);
        Map<Long, TeamRef> teams = workforce.teams(c.authorityId()).stream().collect(Collectors.toMap(TeamRef::id, Function.identity()));
        CaseHistory.Allocation current = c.staffId() == null ? null : allocations.stream()
                .filter(a -> a.staffId() == c.staffId()).reduce((a, b) -> b).orElse(null);
        return new CaseFile(c, person, reference.complexity(c.complexity()).orElseThrow(), reference.needTypes(store.needCodes(id)),
                allocations, transfers, threads(notes), current, staffNames, teams, workforce.namesByUsername(c.authorityId(), users),
                byCode(reference.noteTypes()), byCode(reference.closureReasons()));
    }

    /** The person's cases the user may see, open ones first; one READ audit row about the person when there are any. */
    @PreAuthorize(CaseAccess.READ)
    @Transactional
    public List<CaseRow> ofPerson(long personId) {
        List<CaseRow> cases = store.ofPerson(personId, people.visibility());
        if (!cases.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "care_case", null).aboutPerson(personId).because("cases of the person"));
        }
        return cases;
    }

    /** The names of the workers holding these cases, by staff id. */
    @PreAuthorize(CaseAccess.READ)
    @Transactional
    public Map<Long, String> workerNames(List<CaseRow> cases) {
        List<Long> ids = cases.stream().map(CaseRow::staffId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return workforce.staff(cases.get(0).authorityId(), ids).stream()
                .collect(Collectors.toMap(StaffRef::id, StaffRef::displayName, (a, b) -> a));
    }

    /** Notes as threads: each current version (nothing supersedes it) with the versions it replaced; newest first. */
    static List<CaseHistory.NoteThread> threads(List<CaseHistory.Note> notes) {
        Map<Long, CaseHistory.Note> byId = new HashMap<>();
        Set<Long> superseded = new java.util.HashSet<>();
        notes.forEach(n -> {
            byId.put(n.id(), n);
            if (n.supersedesId() != null) {
                superseded.add(n.supersedesId());
            }
        });
        List<CaseHistory.NoteThread> threads = new ArrayList<>();
        for (CaseHistory.Note n : notes) {
            if (!superseded.contains(n.id())) {
                List<CaseHistory.Note> earlier = new ArrayList<>();
                for (Long prev = n.supersedesId(); prev != null && byId.containsKey(prev); prev = byId.get(prev).supersedesId()) {
                    earlier.add(byId.get(prev));
                }
                threads.add(new CaseHistory.NoteThread(n, earlier));
            }
        }
        threads.sort(Comparator.comparing((CaseHistory.NoteThread t) -> t.current().occurredAt())
                .thenComparingLong(t -> t.current().id()).reversed());
        return threads;
    }

    private static Map<String, CaseReference.Named> byCode(List<CaseReference.Named> list) {
        return list.stream().filter(Objects::nonNull).collect(Collectors.toMap(CaseReference.Named::code, Function.identity()));
    }
}
