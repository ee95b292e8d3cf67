package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The council's service catalogue: a few in-house providers and more external ones, offers of every service type
 * with a unit cost and a weekly capacity (in proportion to the council's size), offered since before the simulated
 * year, and a few price changes during it (the old offer closed the day before, a new one from the day).
 *
 * <p>The unit costs are ILLUSTRATIVE, of the order Welsh councils paid in the mid-2020s (domiciliary care about
 * £20-25 an hour, residential care £650-900 a week, a day centre £40-60 a day); not any council's real prices.
 */
final class CatalogueMaker {

    /** Type -> {lowest, highest unit cost in pounds, capacity a week for a council of 8,000 people known (0 = not limited)}. */
    private static final Map<String, double[]> PRICES = Map.ofEntries(
            Map.entry("DOMICILIARY_CARE", new double[] {20, 25, 1500}), Map.entry("REABLEMENT", new double[] {24, 30, 400}),
            Map.entry("DAY_CENTRE", new double[] {40, 60, 250}), Map.entry("RESIDENTIAL_CARE", new double[] {650, 900, 60}),
            Map.entry("NURSING_CARE", new double[] {850, 1100, 40}), Map.entry("RESPITE", new double[] {95, 140, 60}),
            Map.entry("SUPPORTED_LIVING", new double[] {19, 24, 900}), Map.entry("CRISIS_RESOLUTION", new double[] {35, 45, 150}),
            Map.entry("MEALS", new double[] {4.5, 6.5, 1200}), Map.entry("TELECARE", new double[] {3.5, 6, 0}),
            Map.entry("EQUIPMENT", new double[] {5, 15, 0}), Map.entry("CARER_BREAK", new double[] {30, 60, 150}),
            Map.entry("FAMILY_SUPPORT", new double[] {30, 40, 500}), Map.entry("PARENTING", new double[] {45, 70, 80}),
            Map.entry("SHORT_BREAKS_CHILDREN", new double[] {180, 260, 30}), Map.entry("YOUTH_SUPPORT", new double[] {35, 50, 120}),
            Map.entry("COUNSELLING", new double[] {40, 60, 100}));

    /** {name (%s = the council), in house, the types it offers}. */
    private static final List<Object[]> PROVIDERS = List.of(
            new Object[] {"%s Home Care", true, List.of("DOMICILIARY_CARE", "REABLEMENT", "CRISIS_RESOLUTION")},
            new Object[] {"%s Day Services", true, List.of("DAY_CENTRE", "CARER_BREAK")},
            new Object[] {"%s Community Alarm and Equipment", true, List.of("TELECARE", "EQUIPMENT", "MEALS")},
            new Object[] {"%s Family Support Service", true, List.of("FAMILY_SUPPORT", "PARENTING", "YOUTH_SUPPORT", "SHORT_BREAKS_CHILDREN")},
            new Object[] {"Cwm Homecare Ltd", false, List.of("DOMICILIARY_CARE", "SUPPORTED_LIVING")},
            new Object[] {"Gofal Da Care Services", false, List.of("DOMICILIARY_CARE", "RESPITE")},
            new Object[] {"Bryn Awel Care Home", false, List.of("RESIDENTIAL_CARE", "RESPITE")},
            new Object[] {"Glan yr Afon Residential Home", false, List.of("RESIDENTIAL_CARE")},
            new Object[] {"Plas Newydd Nursing Home", false, List.of("NURSING_CARE", "RESIDENTIAL_CARE", "RESPITE")},
            new Object[] {"Valleys Supported Living", false, List.of("SUPPORTED_LIVING", "CRISIS_RESOLUTION")},
            new Object[] {"Seibiant Carers' Breaks", false, List.of("CARER_BREAK", "RESPITE")},
            new Object[] {"Afon Counselling Co-operative", false, List.of("COUNSELLING")},
            new Object[] {"Hafan Short Breaks", false, List.of("SHORT_BREAKS_CHILDREN", "RESPITE")},
            new Object[] {"Camau Youth and Family Project", false, List.of("YOUTH_SUPPORT", "FAMILY_SUPPORT", "PARENTING", "COUNSELLING")},
            new Object[] {"Pryd Cymunedol Meals", false, List.of("MEALS")});

    private final CareSpec spec;
    private final CareBatch batch;
    private final SplittableRandom r;

    CatalogueMaker(CareSpec spec, CareBatch batch) {
        this.spec = spec;
        this.batch = batch;
        this.r = new SplittableRandom(spec.activity().seed() * 31 + 7);
    }

    void make() {
        LocalDate since = spec.lastDay().minusYears(3).withDayOfMonth(1);
        double scale = Math.max(0.2, spec.people() / 8000.0);
        List<String> covered = new ArrayList<>();
        for (Object[] p : PROVIDERS) {
            int provider = batch.providers.size();
            batch.providers.add(new CareBatch.Provider(String.format((String) p[0], spec.councilName()), (Boolean) p[1]));
            @SuppressWarnings("unchecked")
            List<String> types = (List<String>) p[2];
            for (String type : types) {
                if (spec.serviceTypes().containsKey(type)) {
                    offer(provider, type, since, scale);
                    covered.add(type);
                }
            }
        }
        // A type the council added to its list gets an in-house offer at a middling price.
        spec.serviceTypes().keySet().stream().filter(t -> !covered.contains(t)).forEach(t -> offer(0, t, since, scale));
        priceChanges();
    }

    private void offer(int provider, String type, LocalDate since, double scale) {
        double[] p = PRICES.getOrDefault(type, new double[] {20, 40, 100});
        BigDecimal cost = BigDecimal.valueOf(p[0] + r.nextDouble() * (p[1] - p[0])).setScale(2, RoundingMode.HALF_UP);
        BigDecimal capacity = p[2] == 0 ? null : BigDecimal.valueOf(Math.max(1, Math.round(p[2] * scale * (0.4 + r.nextDouble() * 0.6))));
        batch.offers.add(new CareBatch.Offer(batch.offers.size(), provider, type, spec.serviceTypes().get(type).unit(), cost, capacity,
                since.plusDays(r.nextInt(200)), null));
    }

    /** A few offers change price during the year: the old row closes the day before, a new row runs from the day. */
    private void priceChanges() {
        int changes = 4;
        int n = batch.offers.size();
        for (int i = 0; i < changes; i++) {
            int index = r.nextInt(n);
            CareBatch.Offer old = batch.offers.get(index);
            if (old.to() != null) {
                continue;
            }
            LocalDate day = spec.lastDay().minusDays(30 + r.nextInt(300));
            BigDecimal cost = old.cost().multiply(BigDecimal.valueOf(1.03 + r.nextDouble() * 0.04)).setScale(2, RoundingMode.HALF_UP);
            batch.offers.set(index, new CareBatch.Offer(old.key(), old.provider(), old.type(), old.unit(), old.cost(), old.capacity(),
                    old.from(), day.minusDays(1)));
            batch.offers.add(new CareBatch.Offer(batch.offers.size(), old.provider(), old.type(), old.unit(), cost, old.capacity(), day, null));
        }
    }

    /** An offer of the type running on the day, or null when there is none. */
    static CareBatch.Offer pick(CareBatch batch, String type, LocalDate day, SplittableRandom r) {
        List<CareBatch.Offer> running = batch.offers.stream().filter(o -> o.type().equals(type) && o.runsOn(day)).toList();
        return running.isEmpty() ? null : running.get(r.nextInt(running.size()));
    }
}
