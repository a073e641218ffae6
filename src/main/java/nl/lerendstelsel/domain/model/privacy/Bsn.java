package nl.lerendstelsel.domain.model.privacy;

/**
 * The burgerservicenummer and its 11-proef. A BSN has nine digits; older numbers are often written with eight, the
 * leading zero dropped.
 */
public final class Bsn {

    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    /**
     * Whether {@code digits} passes the 11-proef: the first eight digits weighted 9 down to 2, the last weighted -1, the
     * sum divisible by 11. Accepts exactly nine ASCII digits, or eight (a leading zero is then implied). All zeros, null,
     * other lengths and anything that is not a digit fail.
     */
    public static boolean passesElevenTest(String digits) {
        if (digits == null || (digits.length() != 9 && digits.length() != 8)) {
            return false;
        }
        int offset = 9 - digits.length();
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            allZero &= c == '0';
            sum += WEIGHTS[i + offset] * (c - '0');
        }
        return !allZero && sum % 11 == 0;
    }
}
