package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * A plan's content as it stood when a version was agreed, by key; {@link #json} renders it in the shape of the
 * plan_version.content contract (camelCase keys, ISO dates, money as numbers) once keys have become ids. Equal
 * snapshots mean the live plan has not changed since that version.
 */
record Snapshot(List<CareBatch.Outcome> outcomes, List<Service> services, List<CareBatch.Support> support, List<CareBatch.Risk> risks,
        LocalDate reviewOn) {

    /** A service line as it stood; offerKey null while unmet without a provider. */
    record Service(int key, int outcomeKey, String type, Integer offerKey, String unit, BigDecimal units, BigDecimal cost,
            LocalDate startOn, LocalDate endOn, String status) {

        boolean plannedOn(LocalDate day) {
            return status.equals("PLANNED") && !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
        }
    }

    static Snapshot of(CareBatch.Plan plan) {
        return new Snapshot(List.copyOf(plan.outcomes), plan.services.stream().map(CareBatch.Service::snap).toList(),
                List.copyOf(plan.support), List.copyOf(plan.risks), plan.reviewOn);
    }

    /** The weekly cost on the day: units a week times unit cost of the PLANNED services running on it. */
    BigDecimal weeklyCost(LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Service s : services) {
            if (s.plannedOn(day)) {
                sum = sum.add(s.units().multiply(s.cost()));
            }
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * @param outcomeId   outcome key to id
     * @param serviceId   service key to id
     * @param offer       offer key to the offer (for provider and unit)
     * @param providerId  provider key to id
     */
    String json(IntToLongFunction outcomeId, IntToLongFunction serviceId, IntFunction<CareBatch.Offer> offer, IntToLongFunction providerId,
            IntFunction<CareBatch.Provider> provider, IntToLongFunction needId) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> outs = new ArrayList<>();
        for (CareBatch.Outcome o : outcomes) {
            outs.add(map("id", outcomeId.applyAsLong(o.key()), "needId", o.needKey() == null ? null : needId.applyAsLong(o.needKey()),
                    "outcome", o.text()));
        }
        root.put("outcomes", outs);
        List<Object> lines = new ArrayList<>();
        for (Service s : services) {
            Integer p = s.offerKey() == null ? null : offer.apply(s.offerKey()).provider();
            lines.add(map("id", serviceId.applyAsLong(s.key()), "outcomeId", outcomeId.applyAsLong(s.outcomeKey()), "serviceType", s.type(),
                    "providerId", p == null ? null : providerId.applyAsLong(p), "providerName", p == null ? null : provider.apply(p).name(),
                    "inHouse", p == null ? null : provider.apply(p).inHouse(), "unit", s.unit(), "unitsPerWeek", s.units(),
                    "unitCost", s.cost(), "startOn", s.startOn().toString(), "endOn", s.endOn() == null ? null : s.endOn().toString(),
                    "status", s.status()));
        }
        root.put("services", lines);
        List<Object> helps = new ArrayList<>();
        for (CareBatch.Support s : support) {
            helps.add(map("outcomeId", outcomeId.applyAsLong(s.outcomeKey()), "source", s.source(), "who", s.who(), "what", s.what()));
        }
        root.put("support", helps);
        List<Object> rs = new ArrayList<>();
        for (CareBatch.Risk r : risks) {
            rs.add(map("risk", r.risk(), "level", r.level(), "management", r.management()));
        }
        root.put("risks", rs);
        root.put("reviewOn", reviewOn == null ? null : reviewOn.toString());
        return Json.write(root);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
