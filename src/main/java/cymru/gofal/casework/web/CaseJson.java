package cymru.gofal.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.casework.CaseFit;
import cymru.gofal.casework.internal.CaseAllocations;
import cymru.gofal.casework.internal.CaseFile;
import cymru.gofal.casework.internal.CaseHistory;
import cymru.gofal.casework.internal.CaseReference;
import cymru.gofal.casework.internal.CaseRow;

/** A case as the API shows it: codes, not names; its allocation history and transfers; version as in the ETag. */
record CaseJson(long id, long personId, String serviceArea, long teamId, Long staffId, String complexity, List<String> needs,
        LocalDate openedOn, String openedFrom, Long referralId, Long assessmentId, LocalDate closedOn, String closureReason,
        String closureSummary, String closedBy, Boolean workerFits, List<Allocation> allocations, List<Transfer> transfers, int version) {

    record Allocation(long staffId, Long previousStaffId, boolean fits, List<String> misfits, String overrideReason, String reason,
            LocalDate allocatedOn, Instant allocatedAt, String allocatedBy) {
    }

    record Transfer(long fromTeamId, long toTeamId, Long fromStaffId, LocalDate transferredOn, String handover, Instant transferredAt,
            String transferredBy) {
    }

    static CaseJson of(CaseFile f) {
        CaseRow c = f.c();
        return new CaseJson(c.id(), c.personId(), c.serviceArea(), c.teamId(), c.staffId(), c.complexity(),
                f.needs().stream().map(CaseReference.NeedType::code).toList(), c.openedOn(), c.openedFrom(), c.referralId(), c.assessmentId(),
                c.closedOn(), c.closureReason(), c.closureSummary(), c.closedBy(), f.current() == null ? null : f.current().fits(),
                f.allocations().stream().map(a -> new Allocation(a.staffId(), a.previousStaffId(), a.fits(), a.misfits(), a.overrideReason(),
                        a.reason(), a.allocatedOn(), a.allocatedAt(), a.allocatedBy())).toList(),
                f.transfers().stream().map(t -> new Transfer(t.fromTeamId(), t.toTeamId(), t.fromStaffId(), t.transferredOn(), t.handover(),
                        t.transferredAt(), t.transferredBy())).toList(), c.version());
    }

    /** A case in a list. */
    record Summary(long id, long personId, String serviceArea, long teamId, Long staffId, String complexity, LocalDate openedOn,
            LocalDate closedOn) {
        static Summary of(CaseRow c) {
            return new Summary(c.id(), c.personId(), c.serviceArea(), c.teamId(), c.staffId(), c.complexity(), c.openedOn(), c.closedOn());
        }
    }

    /** A member of staff the case may go to, with each rule's answer. */
    record Candidate(long staffId, String name, boolean fits, List<String> misfits, boolean qualifiedRequired, boolean registeredQualified,
            List<CaseFit.SkillCheck> skills, int yearsQualified, int yearsRequired, boolean welshRequired, boolean worksInWelsh,
            int currentLoad, int caseWeight, int capacity, Integer percentAfter) {
        static Candidate of(CaseAllocations.Candidate k) {
            CaseFit.Result f = k.fit();
            return new Candidate(k.staff().id(), k.staff().displayName(), f.fits(), f.misfits(), f.qualifiedRequired(),
                    f.registeredQualified(), f.skills(), f.years(), f.yearsRequired(), f.welshRequired(), f.worksInWelsh(), f.currentLoad(),
                    f.caseWeight(), f.capacity(), f.percentAfter());
        }
    }

    /** A note: its current version with the versions it replaced, newest first. */
    record Note(long id, String noteType, Instant occurredAt, String body, boolean significant, Long supersedesId, String correctionReason,
            Instant recordedAt, String recordedBy, List<Note> earlier) {
        static Note of(CaseHistory.NoteThread t) {
            return of(t.current(), t.earlier().stream().map(n -> of(n, List.of())).toList());
        }

        static Note of(CaseHistory.Note n, List<Note> earlier) {
            return new Note(n.id(), n.noteType(), n.occurredAt(), n.body(), n.significant(), n.supersedesId(), n.correctionReason(),
                    n.recordedAt(), n.recordedBy(), earlier);
        }
    }
}
