package cymru.gofal.planning;

import java.time.LocalDate;

/** A plan ended (its case closed, or a review ended it). Reviews still scheduled for it are cancelled. */
public record PlanEnded(long authorityId, long planId, long personId, LocalDate endedOn, String reason) {
}
