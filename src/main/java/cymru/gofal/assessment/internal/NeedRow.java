package cymru.gofal.assessment.internal;

import java.time.Instant;

/** A need recorded on an assessment, with the names of its codes in both languages. */
public record NeedRow(long id, long assessmentId, String regime, Named domain, Named cause, Named ability, Named outcome,
        Named band, boolean eligible, String reasoning, Instant recordedAt, String recordedBy, String turnedAsideOutcome,
        int outcomeOrdinal) {
}
