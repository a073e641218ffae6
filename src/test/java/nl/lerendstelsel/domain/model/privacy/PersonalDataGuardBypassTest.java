package nl.lerendstelsel.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ways around the guard that issue 27 names: letters glued to the number, Unicode digits, invisible separators,
 * numbers split across lines or tags, e-mail addresses written out. Each is found, and reported where it was written.
 */
class PersonalDataGuardBypassTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    /** Exactly one finding of {@code kind}, covering exactly {@code written} in {@code text}, the value never shown. */
    private void foundAsWritten(String text, String written, Kind kind) {
        new PersonalDataGuardFindingsTest().single(text, written, kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSN123456782", "bsn123456782", "BSNnr123456782", "bsn-nummer123456782", "Sofinummer12345672"})
    void aBsnKeywordGluedToTheNumber(String glued) {
        String text = "De cliënt met " + glued + " kreeg geen beschikking.";
        String digits = glued.replaceAll("\\D", "");
        foundAsWritten(text, digits, Kind.BSN);
    }

    @Test
    void fullwidthDigits() {
        foundAsWritten("BSN １２３４５６７８２ staat in de brief.", "１２３４５６７８２", Kind.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662",   // Arabic-Indic
        "\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u0968",   // Devanagari
        "\uD835\uDFCF\uD835\uDFD0\uD835\uDFD1\uD835\uDFD2\uD835\uDFD3\uD835\uDFD4\uD835\uDFD5\uD835\uDFD6\uD835\uDFD0"}) // mathematical bold
    void otherUnicodeDigits(String number) {
        foundAsWritten("Het nummer " + number + " staat in de brief.", number, Kind.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u180E"})
    void invisibleSeparators(String invisible) {
        String number = "123" + invisible + "456" + invisible + "782";
        foundAsWritten("BSN " + number + " in het dossier.", number, Kind.BSN);
        String phone = "06" + invisible + "12345678";
        foundAsWritten("Bel " + phone + " na vijf uur.", phone, Kind.PHONE);
    }

    @Test
    void otherSpacesAsSeparators() {
        foundAsWritten("BSN 123\u2009456\u2009782 in het dossier.", "123\u2009456\u2009782", Kind.BSN);
        foundAsWritten("Bel 06\u200712345678 na vijf uur.", "06\u200712345678", Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345\n6782", "1234\r\n56782", "123 \n 456782", "06-\n12345678"})
    void numbersSplitAcrossLines(String split) {
        String text = "Het nummer is " + split + " volgens de brief.";
        List<Finding> findings = guard.inspect(text);
        assertEquals(1, findings.size(), () -> text + " gave " + findings);
        assertEquals(text.indexOf(split), findings.get(0).start());
        assertEquals(text.indexOf(split) + split.length(), findings.get(0).end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123<b>456</b>782", "<span>1234</span>56782", "12345<br>6782", "1234<p>56782", "123<!-- -->456782",
        "123&#52;56782", "&#x31;23456782"})
    void numbersSplitByTagsOrWrittenAsReferences(String split) {
        String text = "<p>Het nummer is " + split + " volgens de brief.</p>";
        List<Finding> findings = guard.inspect(text);
        assertEquals(1, findings.size(), () -> text + " gave " + findings);
        assertEquals(Kind.BSN, findings.get(0).kind());
        int lead = split.startsWith("<span>") ? "<span>".length() : 0;
        assertEquals(text.indexOf(split) + lead, findings.get(0).start());
        assertEquals(text.indexOf(split) + split.length(), findings.get(0).end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"naam [at] domein [punt] nl", "naam(at)domein(dot)nl", "naam {at} domein.nl", "naam [@] domein [.] nl",
        "naam at domein punt nl", "naam apenstaartje domein punt nl", "naam AT domein DOT com", "naam &lt;at&gt; domein &lt;punt&gt; nl",
        "j.jansen [at] gemeente [punt] utrecht [punt] nl", "naam&#64;domein.nl", "naam\uFF20domein.nl"})
    void emailAddressesWrittenOut(String address) {
        foundAsWritten("Mail " + address + " voor het dossier.", address, Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/aanmelden?mail=jan%40example.org", "https://example.org/dossier/%31%32%33%34%35%36%37%38%32",
        "https://teams.example.org/meet?bsn=BSN123456782", "https://example.org/?tel=06%2D12345678"})
    void linksArePercentDecodedFirst(String link) {
        assertEquals(1, guard.inspect(link).size(), () -> link + " gave " + guard.inspect(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://wetten.overheid.nl/BWBR0044770/2022-01-01", "https://zoek.officielebekendmakingen.nl/kst-34584-12.html",
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk4%40thread.v2/0?context=%7b%22Tid%22%3a%221%22%7d",
        "https://zoom.us/j/91234567890?pwd=abc", "Korting 50%25 op het tarief van 2024."})
    void ordinaryLinksStayClean(String link) {
        assertTrue(guard.isClean(link), () -> link + " gave " + guard.inspect(link));
    }

    /**
     * Reading the text first keeps the guard linear: long runs of what the readings look for take about a second (1.3 s
     * at most on a 2-core machine under a load of 20). The bound is far above that so a busy machine cannot fail it, and
     * far below what a quadratic reading of 200,000 characters would take (many minutes). Not a speed figure: those are
     * in docs/quality-report.md.
     */
    @ParameterizedTest
    @ValueSource(strings = {" ", "a ", "[ ", "( at ", "1\n", "0\n", "<b", "< ", "%41", "&#", "a at b punt ", "\u200B1", "１"})
    void longAdversarialTextsStayFast(String unit) {
        String text = unit.repeat(200_000 / unit.length());
        long start = System.nanoTime();
        guard.inspect(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 30_000, unit + " took " + millis + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We spraken at length over de punt die de gemeente maakte.",
        "Zie punt (a) en punt (b) van de brief; de taalschool [at] home is een project.",
        "Hij at een broodje in de pauze, punt uit.",
        "In 2024\n2025 en 2026 verandert de regeling.",
        "Jaar\n2024\n2025\n2026\n",
        "<ul><li>2024</li><li>2025</li></ul> en <td>12</td><td>345</td>",
        "Buurtcode BU12345672 en btw-nummer NL123456782B01 van de taalschool.",
        "Het BSN wordt nooit vastgelegd; BSN-nummers staan alleen in Suite.",
        "Oppervlakte 12 m² en ½ uur; ﬁnanciering 2024–2025, le\u00ADzing om 10.00 uur.",
        "Kosten<b>€ 1.234.567</b> over <i>2022-2025</i>; zie <a href=\"https://example.org/kb/123\">KP-2026-00042</a>."})
    void ordinaryTextStaysClean(String text) {
        assertTrue(guard.isClean(text), () -> text + " gave " + guard.inspect(text));
    }
}
