package nl.lerendstelsel.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 11-proef and BSN detection, checked against generated numbers in every notation. */
class PersonalDataBsnTest {

    private static final int GENERATED = 1_000;
    private static final String BEFORE = "De cliënt met BSN ";
    private static final String AFTER = " kreeg geen beschikking.";

    private final PersonalDataGuard guard = new PersonalDataGuard();

    // ------------------------------------------------------------------ the 11-proef itself

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "111222333", "012345672", "999999990", "100000009"})
    void knownValidNumbersPass(String bsn) {
        assertTrue(Bsn.passesElevenTest(bsn), bsn);
    }

    @Test
    void eightDigitsImplyALeadingZero() {
        assertTrue(Bsn.passesElevenTest("12345672"));
        assertTrue(Bsn.passesElevenTest("012345672"));
        assertFalse(Bsn.passesElevenTest("12345673"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456783", "111222334", "000000000", "00000000", "1234567", "1234567820",
            "12345678a", "1234 56 782", "1234.56.782", "-12345672", "١٢٣٤٥٦٧٨٢"})
    void invalidNumbersAndOtherStringsFail(String digits) {
        assertFalse(Bsn.passesElevenTest(digits), digits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingFails(String digits) {
        assertFalse(Bsn.passesElevenTest(digits));
    }

    @Test
    void theCheckDigitIsTheOnlyDigitThatWorks() {
        for (char last = '0'; last <= '9'; last++) {
            assertEquals(last == '2', Bsn.passesElevenTest("12345678" + last), "12345678" + last);
        }
    }

    @Test
    void generatedValidNumbersPassAndEveryOtherLastDigitFails() {
        for (String bsn : generateValid(new Random(20260101L), GENERATED, false)) {
            assertTrue(Bsn.passesElevenTest(bsn), bsn);
            for (char other = '0'; other <= '9'; other++) {
                if (other != bsn.charAt(8)) {
                    assertFalse(Bsn.passesElevenTest(bsn.substring(0, 8) + other), bsn + " with last digit " + other);
                }
            }
        }
    }

    // ------------------------------------------------------------------ detection of generated valid numbers

    @Test
    void generatedValidNumbersAreFoundInEveryNotation() {
        int checked = 0;
        for (String bsn : generateValid(new Random(42L), GENERATED, false)) {
            for (Map.Entry<String, String> notation : notations(bsn).entrySet()) {
                assertSingleBsn(bsn, notation.getKey(), notation.getValue());
                checked++;
            }
        }
        assertTrue(checked >= 7 * GENERATED, "checked " + checked);
    }

    @Test
    void generatedValidNumbersWithALeadingZeroAreFoundWithoutIt() {
        List<String> withLeadingZero = generateValid(new Random(7L), GENERATED, true);
        assertEquals(GENERATED, withLeadingZero.size());
        for (String bsn : withLeadingZero) {
            assertEquals('0', bsn.charAt(0));
            String eightDigits = bsn.substring(1);
            assertTrue(Bsn.passesElevenTest(eightDigits), eightDigits);
            assertSingleBsn(bsn, "eight digits", eightDigits);
            assertSingleBsn(bsn, "nine digits", bsn);
        }
    }

    @Test
    void generatedValidNumbersInsideLongerDigitRunsAreNotCandidates() {
        Random random = new Random(99L);
        for (String bsn : generateValid(random, GENERATED, false)) {
            char extra = (char) ('1' + random.nextInt(9));
            assertNoBsn(extra + bsn);
            assertNoBsn(bsn + extra);
        }
    }

    // ------------------------------------------------------------------ generated invalid numbers

    @Test
    void generatedInvalidNumbersAreNeverReported() {
        for (String digits : generateInvalid(new Random(1234L), GENERATED, 9)) {
            assertFalse(Bsn.passesElevenTest(digits), digits);
            String text = "Dossier " + digits + " is afgesloten.";
            assertTrue(guard.isClean(text), text);
            assertNoBsn(digits.substring(0, 4) + " " + digits.substring(4, 6) + " " + digits.substring(6));
            assertNoBsn(digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6));
            assertNoBsn(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
        }
    }

    @Test
    void generatedInvalidEightDigitNumbersAreNeverReported() {
        for (String digits : generateInvalid(new Random(5678L), GENERATED, 8)) {
            assertNoBsn(digits);
        }
    }

    @Test
    void allZerosIsNotABsn() {
        assertNoBsn("000000000");
        assertNoBsn("000.000.000");
    }

    // ------------------------------------------------------------------ helpers

    /** The weighted sum of the 11-proef, computed here independently of {@link Bsn}. */
    private static int weightedSum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        return sum - (nineDigits.charAt(8) - '0');
    }

    /**
     * Random numbers of {@code length} digits (eight or nine, leading zeros kept) that fail the 11-proef: read with a leading
     * zero when eight long, their weighted sum is no multiple of 11.
     */
    private static List<String> generateInvalid(Random random, int count, int length) {
        int bound = length == 8 ? 100_000_000 : 1_000_000_000;
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            String digits = String.format("%0" + length + "d", random.nextInt(bound));
            if (weightedSum(length == 8 ? "0" + digits : digits) % 11 != 0) {
                numbers.add(digits);
            }
        }
        return numbers;
    }

    /**
     * Valid nine-digit BSNs from random eight-digit prefixes: the check digit is the weighted sum of the prefix modulo
     * 11; prefixes for which that is 10 have no valid check digit and are skipped, and so is all zeros.
     */
    static List<String> generateValid(Random random, int count, boolean leadingZero) {
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            String prefix = leadingZero ? "0" + String.format("%07d", random.nextInt(10_000_000))
                    : String.format("%08d", random.nextInt(100_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (prefix.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check == 10 || (sum == 0)) {
                continue;
            }
            String bsn = prefix + check;
            assertEquals(0, weightedSum(bsn) % 11, bsn);
            numbers.add(bsn);
        }
        return numbers;
    }

    /** The notations people use: plain, 4-2-3 and 3-3-3 with spaces, dots or dashes, and eight digits. */
    private static Map<String, String> notations(String bsn) {
        String a4 = bsn.substring(0, 4);
        String b2 = bsn.substring(4, 6);
        String a3 = bsn.substring(0, 3);
        String b3 = bsn.substring(3, 6);
        String c3 = bsn.substring(6);
        Map<String, String> notations = new LinkedHashMap<>();
        notations.put("plain", bsn);
        notations.put("spaces 4-2-3", a4 + " " + b2 + " " + c3);
        notations.put("spaces 3-3-3", a3 + " " + b3 + " " + c3);
        notations.put("dots 4-2-3", a4 + "." + b2 + "." + c3);
        notations.put("dots 3-3-3", a3 + "." + b3 + "." + c3);
        notations.put("dashes 4-2-3", a4 + "-" + b2 + "-" + c3);
        notations.put("dashes 3-3-3", a3 + "-" + b3 + "-" + c3);
        if (bsn.charAt(0) == '0') {
            notations.put("eight digits", bsn.substring(1));
        }
        return notations;
    }

    private void assertSingleBsn(String bsn, String notationName, String written) {
        String text = BEFORE + written + AFTER;
        List<Finding> findings = guard.inspect(text);
        String context = notationName + ": " + written;
        assertEquals(1, findings.size(), context + " gave " + findings);
        Finding finding = findings.get(0);
        assertEquals(Kind.BSN, finding.kind(), context);
        assertEquals(BEFORE.length(), finding.start(), context);
        assertEquals(BEFORE.length() + written.length(), finding.end(), context);
        String digits = written.replaceAll("\\D", "");
        assertEquals(digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2),
                finding.masked(), context);
        assertFalse(finding.masked().contains(digits), context);
        assertFalse(finding.toString().contains(digits), context);
        assertFalse(finding.toString().contains(bsn.substring(1)), context);
    }

    private void assertNoBsn(String written) {
        String text = BEFORE + written + AFTER;
        assertTrue(guard.inspect(text).stream().noneMatch(f -> f.kind() == Kind.BSN), () -> text + " gave " + guard.inspect(text));
    }
}
