package cymru.gofal.people;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit over the first nine (weights 10 down to 2;
 * 11 minus the remainder, 11 becoming 0; a result of 10 means no valid number has those nine digits).
 * Source: NHS Data Dictionary, "NHS Number". Spaces and hyphens people type (943 476 5919) are allowed.
 */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    /** The ten digits without spaces or hyphens, or null when the text holds anything else. */
    public static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String d = typed.strip().replaceAll("[\\s-]", "");
        return d.matches("[0-9]{10}") ? d : null;
    }

    public static boolean isValid(String typed) {
        String d = digits(typed);
        return d != null && checkDigit(d.substring(0, 9)) == d.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when none makes a valid number (the sum leaves remainder 1). */
    public static int checkDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** Shown as 3-3-4 (943 476 5919), as the NHS does. */
    public static String formatted(String digits) {
        return digits == null ? null : digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
