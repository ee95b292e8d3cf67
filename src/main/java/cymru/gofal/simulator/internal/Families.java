package cymru.gofal.simulator.internal;

import java.util.SplittableRandom;

/**
 * Families with children: one or two parents at home, up to five children who are siblings of each other, now
 * and then a father living elsewhere, a mother's new partner, a grandparent at home, or a child who cares for a
 * disabled parent (a young carer).
 */
final class Families {

    private final SplittableRandom random;
    private final NameLists names;
    private final PersonMaker maker;
    private final Relations relations;
    private final Households households;

    Families(SplittableRandom random, NameLists names, PersonMaker maker, Relations relations, Households households) {
        this.random = random;
        this.names = names;
        this.maker = maker;
        this.relations = relations;
        this.households = households;
    }

    void family(PeopleBatch b, Traits t, int room) {
        double shape = random.nextDouble();
        boolean mother = shape < 0.9;
        boolean father = shape < 0.5 || shape >= 0.9;
        int parents = (mother ? 1 : 0) + (father ? 1 : 0);
        int kids = Math.min(childCount(), room - parents);
        if (kids < 1) {
            father = false;
            parents = 1;
            kids = 1;
        }
        int[] ages = new int[kids];
        ages[0] = random.nextInt(18);
        for (int i = 1; i < kids; i++) {
            ages[i] = Math.max(0, ages[i - 1] - 1 - random.nextInt(4));
        }
        int motherAge = Math.max(18, ages[0] + 17 + random.nextInt(22));
        String fatherName = names.family(random);
        String motherBirthName = names.family(random);
        boolean married = mother && father && random.nextDouble() < 0.6;
        String motherName = married ? fatherName : motherBirthName;
        String childName = father || random.nextDouble() < 0.4 ? fatherName : motherName;
        int m = mother ? maker.make(b, t, null, "F", motherAge, motherName, married ? motherBirthName : null, 0.12) : -1;
        int f = father ? maker.make(b, t, null, "M", Math.max(18, motherAge + random.nextInt(8) - 2), fatherName, null, 0.12) : -1;
        if (m >= 0 && f >= 0) {
            relations.partners(b, m, f);
        }
        int[] children = new int[kids];
        for (int i = 0; i < kids; i++) {
            children[i] = maker.make(b, t, null, random.nextBoolean() ? "F" : "M", ages[i], childName, null, 0.1);
            if (m >= 0) {
                relations.parent(b, m, children[i]);
            }
            if (f >= 0) {
                relations.parent(b, f, children[i]);
            }
            for (int j = 0; j < i; j++) {
                relations.siblings(b, children[j], children[i]);
            }
        }
        int left = room - parents - kids;
        if (left > 0 && !father && random.nextDouble() < 0.4) {
            Traits away = new Traits(t.welsh(), t.ethnicity(), households.elsewhere(), t.movedIn());
            int absent = maker.make(b, away, null, "M", Math.max(18, motherAge + random.nextInt(8) - 2), fatherName, null, 0.1);
            for (int child : children) {
                relations.parent(b, absent, child);
            }
            left--;
        }
        if (left > 0 && m >= 0 && f < 0 && random.nextDouble() < 0.15) {
            int partner = maker.make(b, t, null, "M", Math.max(18, motherAge + random.nextInt(10) - 4), names.family(random), null, 0.1);
            relations.partners(b, partner, m);
            for (int child : children) {
                relations.household(b, partner, child);
            }
            left--;
        }
        int parent = m >= 0 ? m : f;
        if (left > 0 && random.nextDouble() < 0.08) {
            String grandName = m >= 0 ? motherBirthName : fatherName;
            int grandparent = maker.make(b, t, null, random.nextDouble() < 0.7 ? "F" : "M",
                    Math.min(100, motherAge + 20 + random.nextInt(16)), grandName, null, 0.4);
            relations.parent(b, grandparent, parent);
        }
        if (ages[0] >= 8 && "YES".equals(disability(b, parent)) && random.nextDouble() < 0.4) {
            relations.carer(b, children[0], parent);
        }
    }

    private int childCount() {
        double r = random.nextDouble();
        return r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.85 ? 3 : r < 0.95 ? 4 : 5;
    }

    private static String disability(PeopleBatch b, int person) {
        return b.people.get(person - b.firstIndex()).disability();
    }
}
