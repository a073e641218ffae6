package nl.lerendstelsel.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Knelpunten as professionals write them: numbers everywhere, but no personal data. None of these may be flagged. */
class PersonalDataGuardCleanTextTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   \n\t  ", "\u00A0"})
    void nothingIsClean(String text) {
        assertEquals(List.of(), guard.inspect(text));
        assertTrue(guard.isClean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sinds de invoering van de Wet inburgering 2021 lopen we in gemeente Utrecht (GM0344) aan tegen wachttijden van "
                + "12 tot 16 weken voor de brede intake.",
        "Volgens artikel 7 lid 2 Wet inburgering 2021 moet het PIP binnen 10 weken worden vastgesteld; in 2024 lukte dat "
                + "bij 63% van de 2.500 inburgeraars niet.",
        "Zie ook knelpunt KP-2026-00042 en signaal SIG-2026-007: het budget van € 1.234.567 voor de B1-route is ontoereikend.",
        "Het overleg van 12-03-2026 om 10.00 uur aan het Stationsplein 1, 3511 AB Utrecht, is verplaatst naar 19-03-2026.",
        "De taalschool rekent € 9.950,- per traject; DUO vergoedt maximaal € 10.000 (artikel 2.3 lid 1 Besluit inburgering 2021).",
        "In Q3 2025 zijn 1.245 statushouders gehuisvest; 35,5% startte binnen 6 maanden met de Z-route (minimaal 1.600 uur).",
        "Op 1 januari 2022 trad de wet in werking; de evaluatie volgt op 3 jan. 2027 en het eindrapport in maart 2028.",
        "Meeting on 2026-03-12 with the ministry about the KNM module: 600 hours of teaching, B1 level, 40 EC.",
        "De helpdesk is alleen via een 0800-nummer bereikbaar; de wachttijd was gemiddeld 45 minuten, 24/7 is niet haalbaar.",
        "De cliënt belde 3 keer tussen 09.00-12.00 uur; versie 2.1.4 van het portaal gaf foutcode 500.",
        "Inburgeringsplichtigen die vóór 1 januari 2022 inburgeringsplichtig werden, vallen onder de Wi2013.",
        "Bij 12 van de 44 gemeenten in regio AM21 (Midden-Utrecht) is de MAP nog niet gestart; het gaat om ca. 180 personen.",
        "Kosten per deelnemer €12.500; in totaal € 111.222.333 over 2022-2025 (begrotingsartikel 10.2).",
        "De regio trok EUR 111222333 uit, en later nog eens 111.222.333 euro voor de ontzorging.",
        "Het BSN wordt nooit in dit systeem vastgelegd; gebruik het zaaknummer uit het dossier.",
        "Wachtlijst: 1-2-3 weken; niveaus A1, A2, B1 en B2; postcodegebied 1000-1099 en 3500-3599.",
        "Het telefonisch spreekuur (ma t/m vr 9-17 uur) is onderbezet; 14 030 is het algemene nummer van de gemeente.",
        "Since 2022 the municipality has had 3 case managers for 250 newcomers; see article 4(2) and report SIG-2026-012.",
        "Leeftijd 18+ en 65-; cohort 2024/2025 heeft 4 x 12 lessen van 90 minuten.",
        "Het beleidsplan (versie 1.0, 15 pagina's) is op 12 maart 2024 door het college vastgesteld.",
        "Het percentage geslaagden steeg van 45,5% naar 52,3% (+6,8 procentpunt) tussen 2023 en 2025.",
        "De eigen bijdrage gaat naar NL91ABNA0417164300, of gespaceerd NL91 ABNA 0417 1643 00, ten name van de gemeente.",
        "Kamerstukken II 2019/20, 34 584, nr. 12; Stb. 2021, 38; Staatscourant 2022, 12345.",
        "Veel kinderen in deze gezinnen zijn hier geboren; hun ouders volgen sinds de tweede helft van dit jaar les, zoals "
                + "besproken in het overleg op 12-03-2026.",
        "Tussen 1990 en 2020 is het aantal inburgeraars verdubbeld; in 2026 verwachten we er 25.000 en 0,5% meer uitval.",
        "Trajectnummer 2026.03.00042 en ordernummer 4500123456-10 staan in het leveranciersportaal.",
        "Op 01-03-2026 en 06-03-2026 10.30 uur vonden de intakes plaats; de volgende is 09.03.2026 om 09.00.",
        "Tijden: 09.00 - 10.00 - 11.00 - 12.00 uur, telkens in lokaal 0.12.",
        "Gemeentecode GM0599 (Rotterdam), CBS-wijkcode WK059901, buurtcode BU05990101.",
        // 12345672 passes the 11-proef as an eight-digit BSN, but glued to letters it is a code
        "Buurtcode BU12345672 en btw-nummer NL123456782B01 van de taalschool.",
        "Prijspeil 2024: tarief per uur € 62,50, maximaal € 10.250,00 per traject; looptijd 36 maanden.",
        "We spraken met 2 klantmanagers en 1 jurist over de B1-route; het mailadres van het team staat op intranet.",
        "De @gemeente-account op sociale media en de hashtag #inburgering leverden 1.000 reacties op.",
        "Geboortejaren in de doelgroep lopen uiteen; de gemiddelde leeftijd is 34 jaar.",
    })
    void realisticKnelpuntenAreClean(String text) {
        assertEquals(List.of(), guard.inspect(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2026", "€ 1.234.567", "1.234.567,89", "artikel 2.3 lid 1", "artikel 7 lid 2",
        "KP-2026-00042", "SIG-2026-007", "GM0344", "3511 AB", "12-03-2026", "01-03-2026", "2026-03-12", "12/03/2026",
        "09.00-12.00", "0800-1234", "0900-8844", "B1-niveau", "2.500 inburgeraars", "+6,8", "14 030", "0,5%", "100%",
        "1.600 uur", "12:30", "06/2024", "01/03/2026", "06/03/2026 10.30", "+12.345.678", "+12/345/678/90", "v1.2.3", "Wi2013", "2022-2025", "AM21", "15 pagina's", "0", "00", "06", "+31", "+ 31",
        "123456789", "1234567890", "06-1234", "010-12345", "0612345", "+31 6 1234", "06 12345678901"})
    void numberLikeFragmentsAreClean(String fragment) {
        String text = "Zie " + fragment + " in het verslag.";
        assertEquals(List.of(), guard.inspect(text), text);
    }

    @Test
    void aDateIsOnlyADateOfBirthNearABirthWord() {
        assertTrue(guard.isClean("Het overleg is op 12-03-1990 gehouden."));
        assertTrue(guard.isClean("Op 12 maart 1990 werd het convenant getekend."));
        assertTrue(guard.isClean("Het kind is geboren in Nederland. Veel later, in het overleg van 12-03-2026, kwam dit aan de orde."));
    }

    @Test
    void aTenDigitNumberIsOnlyAVNumberNearTheWord() {
        assertTrue(guard.isClean("Ordernummer 1234567890 is betaald."));
        assertTrue(guard.isClean("Het V-nummer is bekend bij de IND; het ordernummer van de levering was 1234567890."));
    }

    @Test
    void aLargeCleanTextIsClean() {
        String paragraph = "Op 12-03-2026 bespraken 14 gemeenten (o.a. GM0344) knelpunt KP-2026-00042 over artikel 7 lid 2 "
                + "Wet inburgering 2021; budget € 1.234.567, 2.500 inburgeraars, 63% op B1-niveau, postcode 3511 AB. ";
        String text = paragraph.repeat(20_000 / paragraph.length() + 1);
        assertTrue(text.length() >= 20_000);
        assertTrue(guard.isClean(text));
    }
}
