package cymru.gofal.simulator.internal;

import java.util.SplittableRandom;

/**
 * A council's people, generated in batches of whole families from one seeded random sequence: the same spec
 * gives the same people, relationships and histories every time, on any machine (no clock, no hash order).
 */
public final class PopulationGenerator {

    private final PopulationSpec spec;
    private final PersonMaker maker;
    private final Households households;

    public PopulationGenerator(PopulationSpec spec) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(mix(spec.seed(), spec.council().code()));
        NameLists names = NameLists.INSTANCE;
        Addresses addresses = new Addresses(random, spec.council(), names);
        this.maker = new PersonMaker(random, spec, names, addresses);
        this.households = new Households(random, spec, names, addresses, maker);
    }

    public boolean hasNext() {
        return maker.made() < spec.people();
    }

    public int made() {
        return maker.made();
    }

    /** The next families, at least {@code size} people unless the council is complete. */
    public PeopleBatch next(int size) {
        PeopleBatch batch = new PeopleBatch();
        while (hasNext() && batch.people.size() < size) {
            households.next(batch, spec.people() - maker.made());
        }
        return batch;
    }

    /** Each council has its own sequence from the run's seed, so councils do not depend on each other's order. */
    static long mix(long seed, String councilCode) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < councilCode.length(); i++) {
            h = (h ^ councilCode.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
