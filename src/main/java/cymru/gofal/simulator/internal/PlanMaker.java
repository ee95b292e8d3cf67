package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the care and support plan of a case, as the planning module would: personal outcomes from the assessment's
 * eligible needs (assessment_need ids), a service for most outcomes from an offer running on its start day (unit
 * cost copied), help from others, risks; a carer's support plan (CARER_SUPPORT) for a carer assessed with eligible
 * needs; a plan for some children's cases opened from a referral (outcomes without a need). Most are agreed (then
 * {@link PlanYear} plays the rest of the year), some left in draft.
 */
final class PlanMaker {

    /** Service types for an eligibility domain (adults), for children, and for carers, most likely first. */
    private static final Map<String, List<String>> ADULT_TYPES = Map.of(
            "SELF_CARE", List.of("DOMICILIARY_CARE", "DOMICILIARY_CARE", "DOMICILIARY_CARE", "REABLEMENT", "MEALS", "EQUIPMENT",
                    "RESIDENTIAL_CARE", "NURSING_CARE", "SUPPORTED_LIVING"),
            "COMMUNICATION", List.of("TELECARE", "EQUIPMENT", "COUNSELLING"),
            "PROTECTION", List.of("TELECARE", "CRISIS_RESOLUTION", "SUPPORTED_LIVING"),
            "WORK_EDUCATION_LEISURE", List.of("DAY_CENTRE", "SUPPORTED_LIVING"),
            "RELATIONSHIPS", List.of("DAY_CENTRE", "COUNSELLING", "RESPITE"),
            "COMMUNITY", List.of("DAY_CENTRE", "DAY_CENTRE", "RESPITE"),
            "CARING_FOR_CHILD", List.of("DOMICILIARY_CARE", "RESPITE"));
    private static final List<String> CHILD_TYPES = List.of("FAMILY_SUPPORT", "FAMILY_SUPPORT", "PARENTING", "SHORT_BREAKS_CHILDREN",
            "YOUTH_SUPPORT", "COUNSELLING", "RESPITE");
    private static final List<String> CARER_TYPES = List.of("CARER_BREAK", "CARER_BREAK", "RESPITE", "COUNSELLING");

    private final CareSpec spec;
    private final ActivityBatch activity;
    private final CareBatch batch;
    private final Map<Integer, List<Integer>> eligibleNeeds = new HashMap<>();
    private final Map<Integer, Long> caredFor = new HashMap<>();

    PlanMaker(CareSpec spec, ActivityBatch activity, CareBatch batch) {
        this.spec = spec;
        this.activity = activity;
        this.batch = batch;
        for (int i = 0; i < activity.needs.size(); i++) {
            if (activity.needs.get(i).eligible()) {
                eligibleNeeds.computeIfAbsent(activity.needs.get(i).assessmentKey(), k -> new ArrayList<>()).add(i);
            }
        }
        activity.carerOffers.stream().filter(o -> o.carerAssessmentKey() != null).forEach(o -> caredFor.put(o.carerAssessmentKey(), o.caredForId()));
    }

    /** The case's plan with its content, agreed or draft; null when the case gets none. */
    CareBatch.Plan make(CareBatch.Case k, SplittableRandom r) {
        List<Integer> needs = k.assessmentKey == null ? List.of() : eligibleNeeds.getOrDefault(k.assessmentKey, List.of());
        boolean byHand = k.assessmentKey == null;
        if ((byHand && r.nextDouble() < 0.5) || (!byHand && needs.isEmpty()) || r.nextDouble() >= CareRates.PLANNED) {
            return null;
        }
        LocalDate end = k.closedOn != null ? k.closedOn.minusDays(1) : spec.lastDay();
        LocalDate created = k.openedOn.plusDays(r.nextInt(15));
        if (created.isAfter(end)) {
            return null;
        }
        CareBatch.Plan plan = new CareBatch.Plan();
        plan.key = batch.plans.size();
        plan.caseKey = k.key;
        plan.personId = k.personId;
        plan.assessmentKey = k.assessmentKey;
        Long cared = k.assessmentKey == null ? null : caredFor.get(k.assessmentKey);
        plan.kind = cared == null ? "CARE_AND_SUPPORT" : "CARER_SUPPORT";
        plan.caredForId = cared;
        plan.createdOn = created;
        LocalDate agreed = created.plusDays(r.nextInt(21));
        boolean draft = agreed.isAfter(end) || r.nextDouble() < CareRates.LEFT_IN_DRAFT;
        LocalDate start = draft ? created.plusDays(14) : agreed;
        outcomes(plan, k, needs, r);
        for (CareBatch.Outcome o : List.copyOf(plan.outcomes)) {
            int count = r.nextDouble() < 0.1 ? 0 : r.nextDouble() < 0.8 ? 1 : 2;
            for (int i = 0; i < count; i++) {
                service(plan, o, k, start.plusDays(r.nextInt(8)), !draft, r);
            }
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            String[] s = CareRates.SUPPORT.get(r.nextInt(CareRates.SUPPORT.size()));
            plan.support.add(new CareBatch.Support(plan.outcomes.get(r.nextInt(plan.outcomes.size())).key(), s[0], s[1], s[2]));
        }
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            String[] s = CareRates.RISKS.get(r.nextInt(CareRates.RISKS.size()));
            plan.risks.add(new CareBatch.Risk(s[0], r.nextDouble() < 0.5 ? "MEDIUM" : r.nextDouble() < 0.6 ? "LOW" : "HIGH", s[1]));
        }
        batch.plans.add(plan);
        if (!draft) {
            int[] months = k.area.equals("CHILDREN") ? new int[] {3, 6} : new int[] {3, 6, 6, 12};
            plan.reviewOn = agreed.plusMonths(months[r.nextInt(months.length)]);
            plan.status = "AGREED";
            plan.firstAgreedOn = agreed;
        }
        return plan;
    }

    private void outcomes(CareBatch.Plan plan, CareBatch.Case k, List<Integer> needs, SplittableRandom r) {
        if (needs.isEmpty()) {
            for (int i = 1 + r.nextInt(2); i > 0; i--) {
                outcome(plan, null, CareRates.pick(CareRates.CHILD_OUTCOMES, r));
            }
            return;
        }
        for (int need : needs.subList(0, Math.min(3, needs.size()))) {
            String domain = activity.needs.get(need).domain();
            List<String> texts = plan.kind.equals("CARER_SUPPORT") ? CareRates.CARER_OUTCOMES
                    : CareRates.OUTCOMES.getOrDefault(domain, CareRates.CHILD_OUTCOMES);
            outcome(plan, need, CareRates.pick(texts, r));
        }
    }

    private void outcome(CareBatch.Plan plan, Integer need, String text) {
        plan.outcomes.add(new CareBatch.Outcome(batch.outcomes++, need, text));
    }

    /** Adds a service line meeting the outcome from {@code start}; an agreed plan's line may be unmet (see unmet_need). */
    CareBatch.Service service(CareBatch.Plan plan, CareBatch.Outcome o, CareBatch.Case k, LocalDate start, boolean agreed, SplittableRandom r) {
        List<String> types = plan.kind.equals("CARER_SUPPORT") ? CARER_TYPES : k.area.equals("CHILDREN") ? CHILD_TYPES
                : ADULT_TYPES.getOrDefault(o.needKey() == null ? "" : activity.needs.get(o.needKey()).domain(), List.of("DOMICILIARY_CARE"));
        String type = types.get(r.nextInt(types.size()));
        CareSpec.ServiceType t = spec.serviceTypes().get(type);
        if (t == null || !(t.serviceArea().equals("ALL") || t.serviceArea().equals(k.area))) {
            return null;
        }
        CareBatch.Service s = new CareBatch.Service();
        s.key = batch.services++;
        s.outcomeKey = o.key();
        s.type = type;
        s.unit = t.unit();
        s.units = BigDecimal.valueOf(units(type, t.unit(), r));
        s.startOn = start;
        CareBatch.Offer offer = CatalogueMaker.pick(batch, type, start, r);
        boolean unmet = offer == null || (agreed && r.nextDouble() < CareRates.UNMET.getOrDefault(type, CareRates.UNMET_OTHERWISE));
        if (unmet) {
            s.status = "UNMET";
            s.cost = offer == null ? BigDecimal.ZERO.setScale(2) : offer.cost();
        } else {
            s.status = "PLANNED";
            s.offerKey = offer.key();
            s.cost = offer.cost();
        }
        plan.services.add(s);
        return s;
    }

    /** Whole units a week (so that every cost is exact to the penny): hours of care, days, nights, sessions, items. */
    private static int units(String type, String unit, SplittableRandom r) {
        return switch (unit) {
            case "HOUR" -> type.equals("DOMICILIARY_CARE") ? 5 + r.nextInt(17) : type.equals("SUPPORTED_LIVING") ? 10 + r.nextInt(30)
                    : 2 + r.nextInt(10);
            case "DAY" -> 1 + r.nextInt(3);
            case "NIGHT", "SESSION" -> 1 + r.nextInt(2);
            case "ITEM", "VISIT" -> type.equals("MEALS") ? 5 + r.nextInt(3) : 1 + r.nextInt(2);
            default -> 1;
        };
    }
}
