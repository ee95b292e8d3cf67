package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A plan line as checked by {@link LineChecks}: every field valid, ready to write. */
record LineInput(long actionId, String description, Long ownerUserId, String ownerUsername, String ownerName, LocalDate dueOn, String measure,
        String indicatorCode, BigDecimal targetValue, PlanStatus status, String droppedReason) {
}
