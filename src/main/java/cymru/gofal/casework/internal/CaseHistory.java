package cymru.gofal.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The rows of a case's history: allocations, transfers and notes, as stored. */
public final class CaseHistory {

    private CaseHistory() {
    }

    /** A case_allocation row; misfits are CaseFit codes. */
    public record Allocation(long id, long caseId, long staffId, Long previousStaffId, boolean fits, List<String> misfits,
            String overrideReason, String reason, LocalDate allocatedOn, Instant allocatedAt, String allocatedBy) {
    }

    /** A case_transfer row. */
    public record Transfer(long id, long caseId, long fromTeamId, long toTeamId, Long fromStaffId, LocalDate transferredOn,
            String handover, Instant transferredAt, String transferredBy) {
    }

    /** A case_note row; supersedesId and correctionReason are set on a correction. */
    public record Note(long id, long caseId, String noteType, Instant occurredAt, String body, boolean significant, Long supersedesId,
            String correctionReason, Instant recordedAt, String recordedBy) {

        public boolean correction() {
            return supersedesId != null;
        }
    }

    /** A note as the page shows it: its current version and the earlier versions it replaced, newest first. */
    public record NoteThread(Note current, List<Note> earlier) {

        public boolean corrected() {
            return !earlier.isEmpty();
        }
    }
}
