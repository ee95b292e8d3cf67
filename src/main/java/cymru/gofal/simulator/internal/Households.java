package cymru.gofal.simulator.internal;

import java.util.SplittableRandom;

/**
 * The kinds of family that social services know, each generated whole: families with children (with a young
 * carer now and then), older people alone with an unpaid carer who lives elsewhere, older couples caring for each
 * other, adults with a learning disability living with their parents, and adults on their own or with a partner.
 * Each takes at most {@code room} people, so a council gets exactly the number asked for.
 */
final class Households {

    private final SplittableRandom random;
    private final PopulationSpec spec;
    private final NameLists names;
    private final Addresses addresses;
    private final PersonMaker maker;
    private final Relations relations;
    private final Families families;
    private final Weighted<String> minorities = Ethnicities.minorities();

    Households(SplittableRandom random, PopulationSpec spec, NameLists names, Addresses addresses, PersonMaker maker) {
        this.random = random;
        this.spec = spec;
        this.names = names;
        this.addresses = addresses;
        this.maker = maker;
        this.relations = new Relations(random, spec.asOf(), maker);
        this.families = new Families(random, names, maker, relations, this);
    }

    void next(PeopleBatch b, int room) {
        double r = random.nextDouble();
        if (room >= 2 && r < 0.35) {
            families.family(b, traits(), room);
        } else if (r < 0.77) {
            olderAlone(b, room);
        } else if (room >= 2 && r < 0.90) {
            olderCouple(b, room);
        } else if (room >= 2 && r < 0.93) {
            learningDisability(b, room);
        } else {
            adult(b, room);
        }
    }

    Traits traits() {
        boolean welsh = random.nextDouble() < spec.council().welshShare();
        // The minorities' share among people whose ethnicity is known (the person maker adds the unknown ones).
        String ethnicity = random.nextDouble() < spec.council().whiteBritishShare() / 0.96 ? "WHITE_BRITISH" : minorities.pick(random);
        return new Traits(welsh, ethnicity, addresses.dwelling(), addresses.movedIn(spec.asOf()));
    }

    Addresses.Dwelling elsewhere() {
        return addresses.dwelling();
    }

    private String sex(double female) {
        return random.nextDouble() < female ? "F" : "M";
    }

    private int olderAge() {
        return random.nextDouble() < 0.02 ? 100 + random.nextInt(5) : 65 + random.nextInt(35);
    }

    private void olderAlone(PeopleBatch b, int room) {
        Traits t = traits();
        String sex = sex(0.62);
        String family = names.family(random);
        String birth = "F".equals(sex) && random.nextDouble() < 0.7 ? names.family(random) : null;
        int age = olderAge();
        int older = maker.make(b, t, null, sex, age, family, birth, 0.6);
        if (room >= 2 && random.nextDouble() < 0.5) {
            int childAge = Math.max(25, age - 22 - random.nextInt(17));
            int child = adultChild(b, t, childAge, family);
            relations.parent(b, older, child);
            relations.carer(b, child, older);
        } else if (room >= 2 && random.nextDouble() < 0.15) {
            int neighbour = maker.make(b, traits(), null, sex(0.7), 40 + random.nextInt(35), names.family(random), null, 0.1);
            relations.carer(b, neighbour, older);
        }
    }

    private void olderCouple(PeopleBatch b, int room) {
        Traits t = traits();
        String family = names.family(random);
        int hisAge = 66 + random.nextInt(30);
        int herAge = Math.max(62, hisAge - 5 + random.nextInt(7));
        int him = maker.make(b, t, null, "M", hisAge, family, null, 0.55);
        int her = maker.make(b, t, null, "F", herAge, family, names.family(random), 0.5);
        relations.partners(b, him, her);
        if (random.nextDouble() < 0.7) {
            boolean sheCares = random.nextBoolean();
            relations.carer(b, sheCares ? her : him, sheCares ? him : her);
        }
        if (room >= 3 && random.nextDouble() < 0.2) {
            int child = adultChild(b, t, Math.max(25, herAge - 22 - random.nextInt(15)), family);
            relations.parent(b, him, child);
            relations.parent(b, her, child);
        }
    }

    private void learningDisability(PeopleBatch b, int room) {
        Traits t = traits();
        String family = names.family(random);
        int age = 18 + random.nextInt(38);
        int adult = maker.make(b, t, null, sex(0.45), age, family, null, 1.0);
        int parentAge = age + 20 + random.nextInt(16);
        boolean mother = random.nextDouble() < 0.85;
        int parent = maker.make(b, t, null, mother ? "F" : "M", parentAge, family,
                mother && random.nextDouble() < 0.7 ? names.family(random) : null, 0.35);
        relations.parent(b, parent, adult);
        if (random.nextDouble() < 0.8) {
            relations.carer(b, parent, adult);
        }
        if (room >= 3 && random.nextDouble() < 0.3) {
            int sibling = adultChild(b, t, Math.max(18, age + random.nextInt(11) - 5), family);
            relations.parent(b, parent, sibling);
            relations.siblings(b, adult, sibling);
        }
    }

    private void adult(PeopleBatch b, int room) {
        Traits t = traits();
        int age = 18 + random.nextInt(47);
        String sex = sex(0.5);
        int adult = maker.make(b, t, null, sex, age, names.family(random), null, 0.35);
        if (room >= 2 && random.nextDouble() < 0.25) {
            int partnerAge = Math.max(18, age + random.nextInt(11) - 5);
            int partner = maker.make(b, t, null, "F".equals(sex) ? "M" : "F", partnerAge, names.family(random), null, 0.15);
            relations.partners(b, adult, partner);
            if (random.nextDouble() < 0.3) {
                relations.carer(b, partner, adult);
            }
        } else if (room >= 2 && random.nextDouble() < 0.1) {
            int other = maker.make(b, t, null, sex(0.5), 18 + random.nextInt(47), names.family(random), null, 0.2);
            relations.household(b, adult, other);
        }
    }

    /** A grown-up son or daughter living elsewhere; a daughter may have taken a partner's family name. */
    int adultChild(PeopleBatch b, Traits t, int age, String family) {
        String sex = sex(0.6);
        boolean renamed = "F".equals(sex) && random.nextDouble() < 0.55;
        Traits own = new Traits(t.welsh(), t.ethnicity(), elsewhere(), addresses.movedIn(spec.asOf()));
        return maker.make(b, own, null, sex, age, renamed ? names.family(random) : family, renamed ? family : null, 0.15);
    }
}
