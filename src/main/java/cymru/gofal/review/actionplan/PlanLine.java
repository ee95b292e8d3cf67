package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a review's action plan, under one action of a priority. Owner: a Gofal user (ownerUserId set, ownerName
 * their display name when made owner) or a post named only (ownerUserId null). indicatorCode and targetValue are
 * optional (a target only with an indicator); droppedReason only when DROPPED; completedOn only when COMPLETE.
 */
public record PlanLine(long id, long reviewId, long actionId, String description, Long ownerUserId, String ownerUsername,
        String ownerName,
        LocalDate dueOn, String measure, String indicatorCode, BigDecimal targetValue, PlanStatus status, String droppedReason,
        LocalDate completedOn, int version, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public boolean overdue(LocalDate today) {
        return status.overdue(dueOn, today);
    }

    public boolean ownedBy(long userId) {
        return ownerUserId != null && ownerUserId == userId;
    }

    /** The line as councillors see it: no owner (staff names are personal data). */
    PlanLine withoutOwner() {
        return new PlanLine(id, reviewId, actionId, description, null, null, null, dueOn, measure, indicatorCode, targetValue,
                status, droppedReason, completedOn, version, null, createdAt, null, updatedAt);
    }
}
