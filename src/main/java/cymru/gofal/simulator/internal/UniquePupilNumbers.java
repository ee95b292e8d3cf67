package cymru.gofal.simulator.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Unique pupil numbers (DfE): a check letter, the local authority number (3 digits), the school's establishment
 * number (4), the year of issue (2) and a serial (3). The check letter is the letter at the remainder, modulo 23,
 * of the sum of characters 2 to 13 weighted 2 to 13 (digits count their value; a letter in place 13, which only
 * temporary numbers have, counts its place in the alphabet below), from A B C D E F G H J K L M N P Q R T U V W X Y Z.
 */
public final class UniquePupilNumbers {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int SCHOOLS = 40;

    private final String laCode;
    private final Map<String, Integer> serials = new HashMap<>();

    UniquePupilNumbers(String laCode) {
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
                return checkLetter(body) + body;
            }
        }
        return null;
    }

    /** The check letter of the twelve characters after it. */
    public static char checkLetter(String twelve) {
        if (twelve.length() != 12) {
            throw new IllegalArgumentException("twelve characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a unique pupil number character: " + c);
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    public static boolean isValid(String upn) {
        return upn != null && upn.matches("[A-Z][0-9]{11}[0-9A-Z]") && checkLetter(upn.substring(1)) == upn.charAt(0);
    }
}
