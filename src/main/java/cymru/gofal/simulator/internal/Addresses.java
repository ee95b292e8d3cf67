package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Homes in the council's areas, and each person's address history: the current home and up to two before it. */
final class Addresses {

    /** Letters used in the last two characters of a postcode (Royal Mail leaves out C I K M O V). */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    record Dwelling(String line1, String line2, String town, String postcode) {
    }

    private final SplittableRandom random;
    private final CouncilProfile council;
    private final NameLists names;

    Addresses(SplittableRandom random, CouncilProfile council, NameLists names) {
        this.random = random;
        this.council = council;
        this.names = names;
    }

    Dwelling dwelling() {
        CouncilProfile.Place place = council.places().get(random.nextInt(council.places().size()));
        String district = place.districts().get(random.nextInt(place.districts().size()));
        String postcode = district + " " + (1 + random.nextInt(9)) + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
        String street = (1 + random.nextInt(140)) + " " + names.street(random);
        if (random.nextDouble() < 0.06) {
            street = "Flat " + (1 + random.nextInt(12)) + ", " + street;
        }
        return new Dwelling(street, place.area(), place.town(), postcode);
    }

    /** When a household moved into its home: up to twenty years ago. */
    LocalDate movedIn(LocalDate asOf) {
        return asOf.minusDays(random.nextInt(20 * 365));
    }

    /** The person's current address from {@code movedIn} (or birth), and earlier ones back towards birth. */
    void history(PeopleBatch batch, int person, LocalDate born, Dwelling home, LocalDate movedIn) {
        LocalDate from = movedIn.isBefore(born) ? born : movedIn;
        add(batch, person, home, from, null);
        double r = random.nextDouble();
        int earlier = r < 0.45 ? 0 : r < 0.8 ? 1 : 2;
        for (int i = 0; i < earlier; i++) {
            LocalDate to = from.minusDays(1);
            if (to.isBefore(born)) {
                return;
            }
            from = to.minusDays(180 + random.nextInt(10 * 365));
            if (from.isBefore(born)) {
                from = born;
            }
            add(batch, person, dwelling(), from, to);
        }
    }

    private static void add(PeopleBatch batch, int person, Dwelling d, LocalDate from, LocalDate to) {
        batch.addresses.add(new PeopleBatch.Address(person, d.line1(), d.line2(), d.town(), d.postcode(), from, to));
    }
}
