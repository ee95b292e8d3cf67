package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays an agreed plan's year, as the planning module records it: version 1 with its cost on the day agreed; the
 * services that could not be provided recorded as unmet need, some met later (a provider found, the cost copied
 * from the offer running that day); reviews scheduled by {@link ReviewClock} and held on time, late or not at all
 * (overdue); a review's outcome continues the plan, changes it (a new agreed version) or ends it and closes the
 * case; a case closed otherwise ends its plan. Ending a plan cancels its scheduled review and resolves its open
 * unmet need (PLAN_ENDED). At most three agreed versions.
 */
final class PlanYear {

    private final CareSpec spec;
    private final CareBatch batch;
    private final PlanMaker maker;
    private final ReviewClock clock;

    PlanYear(CareSpec spec, CareBatch batch, PlanMaker maker) {
        this.spec = spec;
        this.batch = batch;
        this.maker = maker;
        this.clock = new ReviewClock(spec, batch);
    }

    void play(CareBatch.Plan plan, CareBatch.Case k, LocalDate dateOfBirth, boolean welsh, SplittableRandom r) {
        LocalDate end = k.closedOn != null ? k.closedOn.minusDays(1) : spec.lastDay();
        List<CareBatch.Unmet> waiting = new ArrayList<>();
        for (CareBatch.Service s : plan.services) {
            if (s.status.equals("UNMET")) {
                waiting.add(unmet(plan, s, plan.firstAgreedOn, welsh, r));
            }
        }
        List<CareBatch.Unmet> all = new ArrayList<>(waiting);
        agree(plan, plan.firstAgreedOn, r);
        String area = dateOfBirth != null && dateOfBirth.plusYears(18).isAfter(plan.firstAgreedOn) ? "CHILDREN" : "ADULTS";
        String[] rules = spec.reviewRules().get(area);
        CareBatch.Review review = rules == null ? null : clock.first(plan, rules[0], batch.versions.get(batch.versions.size() - 1).content());
        LocalDate held = review == null ? null : ReviewClock.heldOn(review, r);
        while (true) {
            CareBatch.Unmet next = waiting.stream().filter(u -> u.resolvedOn != null && !u.resolvedOn.isAfter(end))
                    .min((a, b) -> a.resolvedOn.compareTo(b.resolvedOn)).orElse(null);
            if (next != null && (held == null || next.resolvedOn.isBefore(held))) {
                waiting.remove(next);
                met(plan, next, r);
            } else if (held != null && !held.isAfter(end)) {
                String outcome = hold(plan, review, held, r);
                if (outcome.equals("CLOSE")) {
                    endPlan(plan, held, "Review: outcomes met; plan ended and case closed.", null, all);
                    if (k.closedOn == null || k.closedOn.isAfter(held)) {
                        k.closedOn = held;
                        k.closureReason = "OUTCOMES_MET";
                        k.closureSummary = "Plan reviewed with the person: outcomes met, no further support needed.";
                    }
                    break;
                }
                int[] months = area.equals("CHILDREN") ? new int[] {3, 6} : new int[] {6, 12};
                plan.reviewOn = held.plusMonths(months[r.nextInt(months.length)]);
                if (outcome.equals("CHANGE_PLAN")) {
                    change(plan, k, held, welsh, waiting, all, r);
                }
                review = clock.next(plan, review, rules[1]);
                held = ReviewClock.heldOn(review, r);
            } else {
                break;
            }
        }
        waiting.stream().filter(u -> u.resolution == null).forEach(u -> u.resolvedOn = null);
        plan.changed = plan.versions > 0 && !Snapshot.of(plan).equals(batch.versions.get(batch.versions.size() - 1).content());
        if (k.closedOn != null && plan.endedOn == null) {
            endPlan(plan, k.closedOn, "Case closed.", review, all);
        }
        new DirectPayments(batch, spec.lastDay()).offer(plan, area.equals("ADULTS"), welsh, r);
    }

    private void agree(CareBatch.Plan plan, LocalDate day, SplittableRandom r) {
        plan.versions++;
        Snapshot content = Snapshot.of(plan);
        BigDecimal weekly = content.weeklyCost(day);
        boolean carer = r.nextDouble() < 0.35;
        String advocate = r.nextDouble() < 0.08 ? "Mair Jones (independent advocate)" : null;
        batch.versions.add(new CareBatch.Version(plan.key, plan.versions, day, r.nextDouble() < 0.9 || (!carer && advocate == null), carer,
                advocate, plan.versions == 1 ? null : "Changes agreed with the person.", weekly, weekly.multiply(BigDecimal.valueOf(52)),
                content));
    }

    /** Records a service as unmet from the day, and when (if ever, within the year) it will be met. */
    private CareBatch.Unmet unmet(CareBatch.Plan plan, CareBatch.Service s, LocalDate since, boolean welsh, SplittableRandom r) {
        CareBatch.Unmet u = new CareBatch.Unmet();
        u.planKey = plan.key;
        u.serviceKey = s.key;
        u.type = s.type;
        u.units = s.units;
        u.reason = welsh && r.nextDouble() < 0.2 ? "NO_WELSH_SERVICE" : CareRates.UNMET_REASONS.pick(r);
        u.note = u.reason.equals("WAITING_LIST") ? "On the provider's waiting list." : null;
        u.since = since;
        u.resolvedOn = r.nextDouble() < 0.6 ? since.plusDays(7 + r.nextInt(150)) : null;
        batch.unmet.add(u);
        return u;
    }

    /** The unmet service is arranged from an offer running on the day; sometimes agreed as a new version. */
    private void met(CareBatch.Plan plan, CareBatch.Unmet u, SplittableRandom r) {
        CareBatch.Offer offer = CatalogueMaker.pick(batch, u.type, u.resolvedOn, r);
        if (offer == null) {
            u.resolvedOn = null;
            return;
        }
        u.resolution = "MET";
        CareBatch.Service s = plan.services.stream().filter(x -> x.key == u.serviceKey).findFirst().orElseThrow();
        s.status = "PLANNED";
        s.offerKey = offer.key();
        s.cost = offer.cost();
        s.startOn = u.resolvedOn;
        if (plan.versions < 3 && r.nextDouble() < 0.4) {
            agree(plan, u.resolvedOn, r);
        }
    }

    private String hold(CareBatch.Plan plan, CareBatch.Review review, LocalDate held, SplittableRandom r) {
        String outcome = CareRates.REVIEW_OUTCOMES.pick(r);
        if (outcome.equals("CHANGE_PLAN") && plan.versions >= 3) {
            outcome = "CONTINUE";
        }
        review.status = "HELD";
        review.heldOn = held;
        review.outcome = outcome;
        review.working = CareRates.pick(CareRates.REVIEW_WORKING, r);
        review.notWorking = CareRates.pick(CareRates.REVIEW_NOT_WORKING, r);
        review.mattersNow = CareRates.pick(CareRates.REVIEW_MATTERS, r);
        review.attendees = r.nextBoolean() ? "The person, their daughter and the social worker." : "The person and the social worker.";
        return outcome;
    }

    /** A review changes the plan: more of a service, or a new one; then the change is agreed as a new version. */
    private void change(CareBatch.Plan plan, CareBatch.Case k, LocalDate day, boolean welsh, List<CareBatch.Unmet> waiting,
            List<CareBatch.Unmet> all, SplittableRandom r) {
        CareBatch.Service planned = plan.services.stream().filter(s -> s.status.equals("PLANNED")).findFirst().orElse(null);
        if (planned != null && r.nextBoolean()) {
            planned.units = planned.units.add(BigDecimal.ONE);
        } else {
            CareBatch.Service s = maker.service(plan, plan.outcomes.get(r.nextInt(plan.outcomes.size())), k, day, true, r);
            if (s != null && s.status.equals("UNMET")) {
                CareBatch.Unmet u = unmet(plan, s, day, welsh, r);
                waiting.add(u);
                all.add(u);
            }
        }
        agree(plan, day, r);
    }

    /** Ends the plan: its scheduled review (if any) cancelled, its open unmet need resolved PLAN_ENDED on the day. */
    private static void endPlan(CareBatch.Plan plan, LocalDate day, String reason, CareBatch.Review scheduled, List<CareBatch.Unmet> unmet) {
        plan.status = "ENDED";
        plan.endedOn = day;
        plan.endReason = reason;
        if (scheduled != null && scheduled.status.equals("SCHEDULED")) {
            scheduled.status = "CANCELLED";
        }
        unmet.stream().filter(u -> u.resolution == null).forEach(u -> {
            u.resolvedOn = day;
            u.resolution = "PLAN_ENDED";
        });
    }
}
