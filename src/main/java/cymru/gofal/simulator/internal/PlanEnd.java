package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Ends a simulated plan on a day exactly as the planning module's PlanEnding does: status ENDED with the day and the
 * reason as codes ({@code CASE_CLOSED <case_closure_reason>} or {@code REVIEW <review_outcome>}); its open unmet need
 * resolved PLAN_ENDED that day; its service lines not yet started deleted (never written; their unmet need rows keep
 * no line) and those running end that day; its scheduled review cancelled. Whether the plan had changed since its
 * last agreed version is settled first, as ending does not change it. Direct payments end with the plan when they
 * are made ({@link DirectPayments}).
 */
final class PlanEnd {

    private PlanEnd() {
    }

    static String caseClosed(String closureReason) {
        return "CASE_CLOSED " + closureReason;
    }

    static String review(String outcome) {
        return "REVIEW " + outcome;
    }

    static void end(CareBatch.Plan plan, LocalDate day, String reason, CareBatch.Review scheduled, Collection<CareBatch.Unmet> unmet,
            Snapshot lastAgreed) {
        plan.changed = lastAgreed != null && !Snapshot.of(plan).equals(lastAgreed);
        plan.status = "ENDED";
        plan.endedOn = day;
        plan.endReason = reason;
        if (scheduled != null && scheduled.status.equals("SCHEDULED")) {
            scheduled.status = "CANCELLED";
        }
        unmet.stream().filter(u -> u.resolution == null).forEach(u -> {
            u.resolvedOn = day.isBefore(u.since) ? u.since : day;
            u.resolution = "PLAN_ENDED";
        });
        plan.services.stream().filter(s -> s.startOn.isAfter(day)).forEach(s -> unmet.stream()
                .filter(u -> u.serviceKey != null && u.serviceKey == s.key).forEach(u -> u.serviceKey = null));
        plan.services.removeIf(s -> s.startOn.isAfter(day));
        plan.services.stream().filter(s -> s.endOn == null || s.endOn.isAfter(day)).forEach(s -> s.endOn = day);
    }
}
