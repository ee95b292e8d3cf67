package cymru.gofal.simulator.internal;

import cymru.gofal.people.NhsNumbers;

/**
 * NHS numbers from the range the NHS reserves for test data (999 000 0000 to 999 999 9999), so that no simulated
 * person ever carries a real person's number. Each council draws from its own block of nine-digit prefixes (see
 * {@link CouncilProfile}), visiting the block in a scattered order without repeats; a prefix whose check digit
 * does not exist gives no number.
 */
final class TestNhsNumbers {

    private final int start;
    private final int size;
    private final long stride;
    private final long offset;
    private long serial;

    TestNhsNumbers(CouncilProfile council, long seed) {
        this.start = council.nhsStart();
        this.size = council.nhsSize();
        this.stride = coprimeStride(size);
        this.offset = Math.floorMod(seed, size);
    }

    /** The next number, or null when its prefix has no valid check digit or the council's block is used up. */
    String next() {
        if (serial >= size) {
            return null;
        }
        long slot = (offset + serial++ * stride) % size;
        String prefix = Long.toString(999_000_000L + start + slot);
        int check = NhsNumbers.checkDigit(prefix);
        return check < 0 ? null : prefix + check;
    }

    private static long coprimeStride(int size) {
        long stride = 7919;
        while (gcd(stride, size) != 1) {
            stride += 2;
        }
        return stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
