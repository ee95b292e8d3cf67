package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Schedules a plan's reviews as the planning module does: the first from review_schedule's first_rule with its
 * clock started as the rule's start_event says (SERVICES_STARTED: the earliest start of the planned services of the
 * version first agreed, else the day agreed; CARE_SUPPORT_PLAN_AGREED or anything else: the day first agreed), each
 * later one from subsequent_rule counted from the day the last was held. rule_due_on is the platform rule engine's
 * date on the council's calendar; due_on the earlier of it and the plan's own review date.
 */
final class ReviewClock {

    private final CareSpec spec;
    private final CareBatch batch;

    ReviewClock(CareSpec spec, CareBatch batch) {
        this.spec = spec;
        this.batch = batch;
    }

    CareBatch.Review first(CareBatch.Plan plan, String rule, Snapshot agreed) {
        LocalDate start = plan.firstAgreedOn;
        if ("SERVICES_STARTED".equals(spec.activity().rule(rule).startEvent())) {
            start = agreed.services().stream().filter(s -> s.status().equals("PLANNED")).map(Snapshot.Service::startOn).min(LocalDate::compareTo)
                    .orElse(plan.firstAgreedOn);
        }
        return schedule(plan, 1, rule, start);
    }

    CareBatch.Review next(CareBatch.Plan plan, CareBatch.Review held, String rule) {
        return schedule(plan, held.sequence + 1, rule, held.heldOn);
    }

    private CareBatch.Review schedule(CareBatch.Plan plan, int sequence, String rule, LocalDate start) {
        CareBatch.Review review = new CareBatch.Review();
        review.planKey = plan.key;
        review.sequence = sequence;
        review.rule = rule;
        review.clockStart = start;
        review.ruleDueOn = spec.activity().due(rule, start);
        review.dueOn = plan.reviewOn != null && plan.reviewOn.isBefore(review.ruleDueOn) ? plan.reviewOn : review.ruleDueOn;
        batch.reviews.add(review);
        return review;
    }

    /** When the review will be held: mostly by its due day, some late, some not at all (null: overdue once due). */
    static LocalDate heldOn(CareBatch.Review review, SplittableRandom r) {
        LocalDate earliest = review.clockStart.plusDays(1);
        return switch (CareRates.REVIEW_HELD.pick(r)) {
            case "ON_TIME" -> {
                LocalDate day = review.dueOn.minusDays(r.nextInt(21));
                yield day.isBefore(earliest) ? (review.dueOn.isBefore(earliest) ? review.dueOn : earliest) : day;
            }
            case "LATE" -> review.dueOn.plusDays(1 + r.nextInt(45));
            default -> null;
        };
    }
}
