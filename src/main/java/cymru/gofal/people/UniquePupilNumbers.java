package cymru.gofal.people;

/**
 * Unique pupil numbers (DfE, used in Wales too): 13 characters, a check letter then 12 characters (local
 * authority number, establishment number, year, serial; the last may be a letter in a temporary UPN). The check
 * letter is the remainder modulo 23 of characters 2 to 13 weighted 2 to 13, as a letter of
 * ABCDEFGHJKLMNPQRTUVWXYZ. Source: DfE, "Unique pupil numbers (UPNs): guidance for schools and local authorities".
 */
public final class UniquePupilNumbers {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumbers() {
    }

    public static boolean isValid(String upn) {
        if (upn == null || !upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return false;
        }
        return upn.charAt(0) == checkLetter(upn.substring(1));
    }

    /** The check letter of the twelve characters after it; a final letter counts as its position in the list. */
    public static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a UPN character: " + c);
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
