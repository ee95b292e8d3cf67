package cymru.gofal.assessment.internal;

import java.time.Instant;

/** A risk tool completed on an assessment: tool, score and level. */
public record RiskRow(long id, long assessmentId, Named tool, int score, Named level, Instant completedAt, String completedBy) {
}
