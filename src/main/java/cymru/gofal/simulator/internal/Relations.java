package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Relationships, each stored once and read "person is {kind} of related", with plausible start dates. */
final class Relations {

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final PersonMaker maker;

    Relations(SplittableRandom random, LocalDate asOf, PersonMaker maker) {
        this.random = random;
        this.asOf = asOf;
        this.maker = maker;
    }

    void parent(PeopleBatch b, int parent, int child) {
        add(b, parent, child, "PARENT", maker.bornOf(b, child));
    }

    void siblings(PeopleBatch b, int one, int other) {
        add(b, one, other, "SIBLING", later(maker.bornOf(b, one), maker.bornOf(b, other)));
    }

    void partners(PeopleBatch b, int one, int other) {
        LocalDate adult = later(maker.bornOf(b, one), maker.bornOf(b, other)).plusYears(18);
        add(b, one, other, "PARTNER", between(adult, asOf));
    }

    /** {@code carer} cares for {@code cared}, for the last few years (a child carer from the age of eight). */
    void carer(PeopleBatch b, int carer, int cared) {
        LocalDate able = later(maker.bornOf(b, carer).plusYears(8), maker.bornOf(b, cared));
        add(b, carer, cared, "CARER", between(later(able, asOf.minusYears(8)), asOf));
    }

    void household(PeopleBatch b, int one, int other) {
        LocalDate adult = later(maker.bornOf(b, one), maker.bornOf(b, other));
        add(b, one, other, "HOUSEHOLD", between(later(adult, asOf.minusYears(10)), asOf));
    }

    private void add(PeopleBatch b, int person, int related, String kind, LocalDate from) {
        b.relations.add(new PeopleBatch.Relation(person, related, kind, from));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
