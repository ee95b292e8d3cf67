package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The frozen content of an agreed plan version (plan_version.content, JSONB): a contract shared with the simulator,
 * which writes the same shape, and with every reader of old versions. camelCase keys, dates as ISO strings, money and
 * units as JSON numbers, absent values as null:
 *
 * <pre>
 * {"outcomes":[{"id":1,"needId":5,"outcome":"..."}],
 *  "services":[{"id":1,"outcomeId":1,"serviceType":"DOMICILIARY_CARE","providerId":3,"providerName":"...","inHouse":true,
 *               "unit":"HOUR","unitsPerWeek":7.5,"unitCost":21.40,"startOn":"2026-01-05","endOn":null,"status":"PLANNED"}],
 *  "support":[{"outcomeId":1,"source":"FAMILY","who":"Daughter","what":"..."}],
 *  "risks":[{"risk":"...","level":"MEDIUM","management":"..."}],
 *  "reviewOn":"2026-04-05"}
 * </pre>
 *
 * Change it only compatibly (add keys; never rename or drop one).
 */
public record PlanSnapshot(List<Outcome> outcomes, List<Service> services, List<Support> support, List<Risk> risks,
        String reviewOn) {

    public record Outcome(long id, Long needId, String outcome) {
    }

    public record Service(long id, Long outcomeId, String serviceType, Long providerId, String providerName, Boolean inHouse,
            String unit, BigDecimal unitsPerWeek, BigDecimal unitCost, String startOn, String endOn, String status) {

        public BigDecimal weeklyCost() {
            return unitsPerWeek.multiply(unitCost).setScale(2, java.math.RoundingMode.HALF_UP);
        }

        public java.time.LocalDate startDate() {
            return startOn == null ? null : java.time.LocalDate.parse(startOn);
        }

        public java.time.LocalDate endDate() {
            return endOn == null ? null : java.time.LocalDate.parse(endOn);
        }
    }

    public record Support(Long outcomeId, String source, String who, String what) {
    }

    public record Risk(String risk, String level, String management) {
    }

    /** The live content of a plan, frozen. */
    static PlanSnapshot of(Plan plan, List<Lines.Outcome> outcomes, List<Lines.Service> services, List<Lines.Support> support,
            List<Lines.Risk> risks) {
        return new PlanSnapshot(
                outcomes.stream().map(o -> new Outcome(o.id(), o.needId(), o.outcome())).toList(),
                services.stream().map(s -> new Service(s.id(), s.outcomeId(), s.serviceType(), s.providerId(), s.providerName(),
                        s.inHouse(), s.unit(), s.unitsPerWeek(), s.unitCost(), iso(s.startOn()), iso(s.endOn()), s.status())).toList(),
                support.stream().map(s -> new Support(s.outcomeId(), s.source(), s.who(), s.what())).toList(),
                risks.stream().map(r -> new Risk(r.risk(), r.level(), r.management())).toList(),
                iso(plan.reviewOn()));
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The services meeting an outcome (for showing a version). */
    public List<Service> servicesOf(long outcomeId) {
        return services == null ? List.of() : services.stream().filter(s -> s.outcomeId() != null && s.outcomeId() == outcomeId).toList();
    }

    public List<Support> supportOf(long outcomeId) {
        return support == null ? List.of() : support.stream().filter(s -> s.outcomeId() != null && s.outcomeId() == outcomeId).toList();
    }
}
