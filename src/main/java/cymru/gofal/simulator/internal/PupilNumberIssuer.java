package cymru.gofal.simulator.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import cymru.gofal.people.UniquePupilNumbers;

/**
 * Issues unique pupil numbers (DfE) for a council's synthetic children: the local authority number (3 digits),
 * the school's establishment number (4), the year of issue (2) and a serial (3), after the check letter that
 * {@link UniquePupilNumbers#checkLetter} computes.
 */
final class PupilNumberIssuer {

    private static final int SCHOOLS = 40;

    private final String laCode;
    private final Map<String, Integer> serials = new HashMap<>();

    PupilNumberIssuer(String laCode) {
        this.laCode = laCode;
    }

    /** A number for a child who started nursery in {@code issueYear}, at one of the council's schools. */
    String next(SplittableRandom random, int issueYear) {
        String year = String.format("%02d", issueYear % 100);
        for (int tries = 0; tries < SCHOOLS * 2; tries++) {
            int school = random.nextInt(SCHOOLS);
            String establishment = school < 32 ? String.valueOf(2001 + school * 7) : String.valueOf(4001 + (school - 32) * 3);
            String key = establishment + year;
            int serial = serials.merge(key, 1, Integer::sum) - 1;
            if (serial < 1000) {
                String body = laCode + establishment + year + String.format("%03d", serial);
                return UniquePupilNumbers.checkLetter(body) + body;
            }
        }
        return null;
    }
}
