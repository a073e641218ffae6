package nl.lerendstelsel.domain.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void paragraphsLineBreaksListsAndEmphasis() {
        assertEquals("<p>Eerste regel<br>tweede regel</p><p>Nieuwe alinea</p>",
                RichText.toHtml("Eerste regel\ntweede regel\n\nNieuwe alinea"));
        assertEquals("<ul><li>één</li><li>twee</li></ul>", RichText.toHtml("- één\n* twee"));
        assertEquals("<ol><li>eerst</li><li>dan</li></ol>", RichText.toHtml("1. eerst\n2) dan"));
        assertEquals("<p>Dit is <strong>dringend</strong> en <em>lastig</em>.</p>", RichText.toHtml("Dit is **dringend** en *lastig*."));
        assertEquals("<p>Zie <a href=\"https://www.rijksoverheid.nl/inburgering\" rel=\"nofollow noopener\">de regeling</a>.</p>",
                RichText.toHtml("Zie [de regeling](https://www.rijksoverheid.nl/inburgering)."));
        assertEquals("<p>5 * 3 = 15</p>", RichText.toHtml("5 * 3 = 15"));
        assertEquals("", RichText.toHtml(null));
        assertEquals("", RichText.toHtml("  \n "));
    }

    @Test
    void nothingFromTheInputBecomesATagOrAttribute() {
        String[] attacks = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[klik](javascript:alert(1))",
                "[klik](https://x.nl\" onmouseover=\"alert(1))",
                "**<b onclick=alert(1)>vet</b>**",
                "[<svg onload=alert(1)>](https://x.nl)",
                "- <iframe src=//evil>",
                "\"><script>alert(1)</script>"};
        for (String attack : attacks) {
            String html = RichText.toHtml(attack);
            String withoutOwnTags = html.replaceAll("</?(p|br|ul|ol|li|strong|em)>", "")
                    .replaceAll("<a href=\"(https?://|mailto:)[^\"<>]*\" rel=\"nofollow noopener\">", "").replace("</a>", "");
            assertFalse(withoutOwnTags.contains("<") || withoutOwnTags.contains(">"), attack + " -> " + html);
            assertFalse(html.contains("javascript:") && html.contains("href=\"javascript"), attack + " -> " + html);
            assertFalse(html.matches("(?s).*<a [^>]*on\\w+=.*"), attack + " -> " + html);
        }
        assertTrue(RichText.toHtml("a & b < c").contains("a &amp; b &lt; c"));
    }
}
