package cymru.gofal.people.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.NotFoundException;

/** Merging duplicate records (ADMIN or TEAM_MANAGER): audited, with a reason, and reversible. */
@Service
public class MergeService {

    private final Viewers viewers;
    private final PersonStore people;
    private final MergeStore merges;
    private final AccessStore access;
    private final AuditLog audit;

    MergeService(Viewers viewers, PersonStore people, MergeStore merges, AccessStore access, AuditLog audit) {
        this.access = access;
        this.viewers = viewers;
        this.people = people;
        this.merges = merges;
        this.audit = audit;
    }

    /** Why two records cannot be merged, as a message key, or null when they can. Both must be visible. */
    @PreAuthorize(PeopleAccess.MERGE)
    @Transactional
    public String refusal(long keptId, long mergedId) {
        Viewer viewer = viewers.current();
        PersonRecord kept = people.findVisible(viewer, keptId).orElseThrow(() -> new NotFoundException("person " + keptId));
        var merged = people.findVisible(viewer, mergedId);
        if (merged.isEmpty()) {
            return "people.merge.error.notFound";
        }
        if (keptId == mergedId) {
            return "people.merge.error.same";
        }
        if (kept.mergedInto() != null || merged.get().mergedInto() != null) {
            return "people.merge.error.alreadyMerged";
        }
        if (kept.restricted() != merged.get().restricted()) {
            return "people.merge.error.restriction";
        }
        // Restricted records: only their owners merge them (not a break-glass opener), and only when the same people
        // may see both, so that merging shows no one a record they could not see before.
        if (kept.restricted() && (!access.isOwner(viewer, keptId) || !access.isOwner(viewer, mergedId)
                || !access.sameList(keptId, mergedId))) {
            return "people.merge.error.accessLists";
        }
        String a = kept.details().nhsNumber();
        String b = merged.get().details().nhsNumber();
        if (a != null && b != null && !a.equals(b)) {
            return "people.merge.error.nhsNumbers";
        }
        return null;
    }

    /** Merges {@code mergedId} into {@code keptId}; answers the merge's id. */
    @PreAuthorize(PeopleAccess.MERGE)
    @Transactional
    public long merge(long keptId, long mergedId, String reason) {
        Viewer viewer = viewers.current();
        merges.lock(keptId, mergedId);
        String refusal = refusal(keptId, mergedId);
        if (refusal != null) {
            throw new MergeRefusedException(refusal);
        }
        long id = merges.merge(viewer.authorityId(), keptId, mergedId, reason, viewer.username());
        people.refreshSearchKey(keptId);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_merge", id).aboutPerson(keptId).because(reason));
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_merge", id).aboutPerson(mergedId).because(reason));
        return id;
    }

    /** A merge of two records the user can see, if there is one with that id. */
    @PreAuthorize(PeopleAccess.MERGE)
    @Transactional
    public java.util.Optional<MergeStore.Merge> find(long mergeId) {
        Viewer viewer = viewers.current();
        return merges.find(viewer, mergeId);
    }

    /** Undoes a merge of records the user can see; answers the merged record's id. */
    @PreAuthorize(PeopleAccess.MERGE)
    @Transactional
    public long undo(long mergeId, String reason) {
        Viewer viewer = viewers.current();
        MergeStore.Merge first = merges.find(viewer, mergeId).orElseThrow(() -> new NotFoundException("merge " + mergeId));
        merges.lock(first.keptId(), first.mergedId());
        MergeStore.Merge m = merges.find(viewer, mergeId).orElseThrow(() -> new NotFoundException("merge " + mergeId));
        PersonRecord merged = people.findVisible(viewer, m.mergedId()).orElseThrow(() -> new NotFoundException("merge " + mergeId));
        PersonRecord kept = people.findVisible(viewer, m.keptId()).orElseThrow(() -> new NotFoundException("merge " + mergeId));
        // Undo in the reverse order of merging: while the kept record is itself merged into another, what moved to
        // it may have moved on.
        if (m.undone() || merged.mergedInto() == null || merged.mergedInto() != m.keptId() || kept.mergedInto() != null) {
            throw new MergeRefusedException("people.merge.error.cannotUndo");
        }
        merges.undo(m, viewer.username());
        people.refreshSearchKey(m.keptId());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_merge", mergeId).aboutPerson(m.keptId()).because("undone: " + reason));
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_merge", mergeId).aboutPerson(m.mergedId()).because("undone: " + reason));
        return m.mergedId();
    }

    /** A merge that the rules refuse; the message key says why. */
    public static class MergeRefusedException extends RuntimeException {

        private final String messageKey;

        public MergeRefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
