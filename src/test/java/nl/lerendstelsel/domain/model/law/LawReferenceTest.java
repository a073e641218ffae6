package nl.lerendstelsel.domain.model.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LawReferenceTest {

    @Test
    void readableCitations() {
        assertEquals("artikel 15, tweede lid, van de Wet inburgering 2021", LawReference.parse("WI2021 art. 15 lid 2").citation());
        assertEquals("artikel 4.3 van het Besluit inburgering 2021", LawReference.parse("bi2021 artikel 4.3").citation());
        assertEquals("artikel 2, twaalfde lid, van de Regeling inburgering 2021", LawReference.parse("RI2021 art.2 lid 12").citation());
        assertEquals("artikel 7a, 13e lid, van de Wet inburgering 2021", new LawReference(Law.WI2021, "7a", 13).citation());
    }

    @Test
    void theShortFormRoundTrips() {
        LawReference reference = LawReference.parse("  WI2021   art. 14 lid 1 ");
        assertEquals("WI2021 art. 14 lid 1", reference.code());
        assertEquals(reference, LawReference.parse(reference.code()));
    }

    @Test
    void nonsenseIsRefusedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LawReference.parse("artikel 15"));
        assertEquals("Schrijf een wetsverwijzing als 'WI2021 art. 15 lid 2' (WI2021, BI2021 of RI2021).", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LawReference(Law.WI2021, "abc", null));
        assertThrows(IllegalArgumentException.class, () -> new LawReference(Law.WI2021, "15", 0));
    }

    @Test
    void eachCitationLinksToTheTextInForceOnWettenOverheidNl() {
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=15&lid=2",
                LawReference.parse("WI2021 art. 15 lid 2").link());
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=5.5", LawReference.parse("BI2021 art. 5.5").link());
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0045574&artikel=2.1", LawReference.parse("ri2021 artikel 2.1").link());
    }
}
