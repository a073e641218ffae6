package nl.lerendstelsel.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The finding itself: a valid region, descriptions in Dutch and English, and a text for the author. */
class PersonalDataFindingTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    @Test
    void descriptionsInDutchAndEnglish() {
        assertEquals("een burgerservicenummer (BSN)", Kind.BSN.description(DUTCH));
        assertEquals("a citizen service number (BSN)", Kind.BSN.description(ENGLISH));
        assertEquals("een e-mailadres", Kind.EMAIL.description(DUTCH));
        assertEquals("an e-mail address", Kind.EMAIL.description(Locale.US));
        assertEquals("een telefoonnummer", Kind.PHONE.description(DUTCH));
        assertEquals("a telephone number", Kind.PHONE.description(ENGLISH));
        assertEquals("een vreemdelingennummer (V-nummer)", Kind.V_NUMBER.description(DUTCH));
        assertEquals("a foreign national number (V-number)", Kind.V_NUMBER.description(ENGLISH));
        assertEquals("een geboortedatum", Kind.DATE_OF_BIRTH.description(DUTCH));
        assertEquals("a date of birth", Kind.DATE_OF_BIRTH.description(ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void dutchIsTheDefault(Kind kind) {
        assertEquals(kind.description(DUTCH), kind.description(null));
        assertEquals(kind.description(DUTCH), kind.description(Locale.GERMAN));
        assertEquals(kind.description(DUTCH), kind.description(Locale.ROOT));
        assertFalse(kind.description(DUTCH).equals(kind.description(ENGLISH)));
    }

    @Test
    void theMessageTellsTheAuthorWhatToRemoveAndWhere() {
        Finding finding = new Finding(Kind.BSN, 15, 24, "12*****82");
        assertEquals("Verwijder een burgerservicenummer (BSN) op positie 16 tot en met 24 (12*****82).", finding.message(DUTCH));
        assertEquals("Remove a citizen service number (BSN) at position 16 to 24 (12*****82).", finding.message(ENGLISH));
    }

    @Test
    void theMessageOfARealFindingPointsAtTheValue() {
        String text = "De cliënt (BSN 123456782) kreeg geen beschikking.";
        Finding finding = new PersonalDataGuard().inspect(text).get(0);
        assertEquals("Verwijder een burgerservicenummer (BSN) op positie 16 tot en met 24 (12*****82).", finding.message(DUTCH));
        assertEquals("123456782", text.substring(15, 24));
    }

    @Test
    void lengthIsEndMinusStart() {
        assertEquals(9, new Finding(Kind.BSN, 3, 12, "12*****82").length());
    }

    @Test
    void toStringShowsOnlyTheMaskedValue() {
        assertEquals("Finding[kind=BSN, start=3, end=12, masked=12*****82]", new Finding(Kind.BSN, 3, 12, "12*****82").toString());
    }

    @Test
    void aFindingNeedsAKindARegionAndAMask() {
        assertThrows(NullPointerException.class, () -> new Finding(null, 0, 1, "*"));
        assertThrows(NullPointerException.class, () -> new Finding(Kind.BSN, 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Finding(Kind.BSN, -1, 1, "*"));
        assertThrows(IllegalArgumentException.class, () -> new Finding(Kind.BSN, 5, 5, "*"));
        assertThrows(IllegalArgumentException.class, () -> new Finding(Kind.BSN, 6, 5, "*"));
    }

    @Test
    void findingsWithTheSameContentAreEqual() {
        assertEquals(new Finding(Kind.PHONE, 1, 11, "06******78"), new Finding(Kind.PHONE, 1, 11, "06******78"));
    }
}
