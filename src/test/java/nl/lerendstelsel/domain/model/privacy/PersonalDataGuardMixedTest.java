package nl.lerendstelsel.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import org.junit.jupiter.api.Test;

/** Texts with several findings: order, overlaps, and what a caller can rely on. */
class PersonalDataGuardMixedTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    private static List<Kind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }

    private static void assertCovers(String text, Finding finding, String value) {
        assertEquals(value, text.substring(finding.start(), finding.end()));
    }

    /** Inspects {@code text}, expects findings of these kinds in this order, the first ones covering {@code covered}. */
    private List<Finding> assertFinds(String text, List<Kind> expected, String... covered) {
        List<Finding> findings = guard.inspect(text);
        assertEquals(expected, kinds(findings));
        for (int i = 0; i < covered.length; i++) {
            assertCovers(text, findings.get(i), covered[i]);
        }
        return findings;
    }

    @Test
    void severalFindingsComeSortedByPosition() {
        String text = "Knelpunt over mevrouw A. (geboren 12-03-1990, BSN 123456782, V-nummer 1234567890): zij belde vanaf "
                + "06-12345678 en mailde vanaf a.ahmadi@example.org dat haar beschikking (zaak KP-2026-00042) niet klopt.";
        List<Finding> findings = assertFinds(text, List.of(Kind.DATE_OF_BIRTH, Kind.BSN, Kind.V_NUMBER, Kind.PHONE, Kind.EMAIL),
                "12-03-1990", "123456782", "1234567890", "06-12345678", "a.ahmadi@example.org");
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).end() <= findings.get(i).start(), "sorted and disjoint");
        }
    }

    @Test
    void theSameKindTwiceIsReportedTwice() {
        String text = "Twee cliënten: BSN 111222333 en BSN 123456782; beiden bereikbaar op 0201234567 of +31 20 765 4321.";
        assertFinds(text, List.of(Kind.BSN, Kind.BSN, Kind.PHONE, Kind.PHONE), "111222333", "123456782", "0201234567",
                "+31 20 765 4321");
    }

    @Test
    void findingsAmongCleanNumbersAreTheOnlyFindings() {
        String text = "In 2024 had gemeente GM0344 2.500 inburgeraars (€ 1.234.567, artikel 7 lid 2, KP-2026-00042). "
                + "Eén van hen, bereikbaar via jan.jansen@example.org, kreeg op 12-03-2026 een boete.";
        assertEquals("j***@example.org", assertFinds(text, List.of(Kind.EMAIL)).get(0).masked());
    }

    @Test
    void aBsnInsideAPhoneNumberIsReportedOnceAsPhone() {
        assertTrue(Bsn.passesElevenTest("612345671"), "test premise");
        String text = "Bel +31 612345671 vandaag.";
        assertFinds(text, List.of(Kind.PHONE), "+31 612345671");
    }

    @Test
    void aBsnAsTheLocalPartOfAnAddressIsReportedOnceAsEmail() {
        String text = "Mail 123456782@example.org graag.";
        List<Finding> findings = assertFinds(text, List.of(Kind.EMAIL), "123456782@example.org");
        assertFalse(findings.get(0).masked().contains("123456782"));
    }

    @Test
    void aTenDigitNumberThatIsBothVNumberAndPhoneIsTheMoreSpecificVNumber() {
        String text = "V-nummer: 0612345678.";
        assertFinds(text, List.of(Kind.V_NUMBER), "0612345678");
    }

    @Test
    void aPrefixedVNumberAfterTheKeywordIsReportedOnceWithItsPrefix() {
        String text = "V-nummer V1234567890.";
        assertFinds(text, List.of(Kind.V_NUMBER), "V1234567890");
    }

    @Test
    void aDateOfBirthIsNeverAlsoAPhoneNumber() {
        String text = "geboren 06-03-1990 10.30 uur";
        assertFinds(text, List.of(Kind.DATE_OF_BIRTH), "06-03-1990");
    }

    @Test
    void meetingDatesNextToADateOfBirthStayClean() {
        String text = "Overleg 01-02-2026. Cliënt, geboren 12 maart 1990, was er niet. Volgende overleg: 01-03-2026 in het stadhuis.";
        assertFinds(text, List.of(Kind.DATE_OF_BIRTH), "12 maart 1990");
    }

    @Test
    void knownLimitADateNearABirthWordIsAlwaysTakenForADateOfBirth() {
        // Accepted false positive: the guard cannot tell whose birth the sentence is about.
        String text = "Kinderen die na 1-1-2022 geboren zijn, tellen niet mee.";
        assertFinds(text, List.of(Kind.DATE_OF_BIRTH));
    }

    @Test
    void everyFindingInALargeTextIsFound() {
        String paragraph = "Op 12-03-2026 bespraken 14 gemeenten (o.a. GM0344) knelpunt KP-2026-00042 over artikel 7 lid 2; "
                + "budget € 1.234.567, 2.500 inburgeraars. Per ongeluk genoemd: BSN 123456782 en 06-12345678. ";
        int repeats = 20_000 / paragraph.length() + 1;
        String text = paragraph.repeat(repeats);
        List<Finding> findings = guard.inspect(text);
        assertEquals(2 * repeats, findings.size());
        for (int i = 0; i < repeats; i++) {
            assertEquals(Kind.BSN, findings.get(2 * i).kind());
            assertEquals(Kind.PHONE, findings.get(2 * i + 1).kind());
            assertEquals(i * paragraph.length() + paragraph.indexOf("123456782"), findings.get(2 * i).start());
        }
    }

    @Test
    void pathologicalInputStillGivesAnAnswer() {
        assertTrue(guard.isClean("0".repeat(20_000)));
        assertTrue(guard.isClean("a.".repeat(10_000)));
        assertTrue(guard.isClean("a@".repeat(10_000)));
        assertTrue(guard.isClean("1-".repeat(10_000)));
        assertTrue(guard.isClean("+0 ".repeat(7_000)));
        assertTrue(guard.isClean("geboren ".repeat(2_500)));
    }

    @Test
    void theResultCannotBeChanged() {
        List<Finding> findings = guard.inspect("BSN 123456782");
        assertThrows(UnsupportedOperationException.class, () -> findings.add(findings.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> guard.inspect("geen gegevens").add(findings.get(0)));
    }

    @Test
    void theGuardKeepsNoStateBetweenTexts() {
        assertFalse(guard.isClean("BSN 123456782"));
        assertTrue(guard.isClean("Geen persoonsgegevens."));
        assertEquals(guard.inspect("mail f@example.org"), guard.inspect("mail f@example.org"));
    }
}
