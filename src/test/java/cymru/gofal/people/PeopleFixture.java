package cymru.gofal.people;

import java.util.Random;
import java.util.UUID;

/** People for tests that share one database: names random enough that one test's searches never find another's. */
public final class PeopleFixture {

    private PeopleFixture() {
    }

    /** A family name of twelve random letters. */
    public static String unique() {
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 11; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** The JSON of a new person with these names and date of birth (ISO). */
    public static String person(String given, String family, String dob) {
        return "{\"givenNames\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + dob + "\",\"gender\":\"FEMALE\"}";
    }
}
