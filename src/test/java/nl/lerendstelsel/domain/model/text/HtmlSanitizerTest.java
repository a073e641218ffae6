package nl.lerendstelsel.domain.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsTheAllowedFormattingAndEnforcesRelOnLinks() {
        assertEquals("<p>Dit is <strong>dringend</strong> en <em>lastig</em>.</p>",
                HtmlSanitizer.clean("<p>Dit is <strong>dringend</strong> en <em>lastig</em>.</p>"));
        assertEquals("<ul><li>een</li><li>twee</li></ul>", HtmlSanitizer.clean("<ul><li>een</li><li>twee</li></ul>"));
        assertEquals("<a href=\"https://www.divosa.nl/\" rel=\"nofollow noopener\">Divosa</a>",
                HtmlSanitizer.clean("<a href=\"https://www.divosa.nl/\" target=\"_blank\" rel=\"opener\">Divosa</a>"));
        assertEquals("<a href=\"mailto:cop@divosa.nl\" rel=\"nofollow noopener\">mail</a>",
                HtmlSanitizer.clean("<a href=\"mailto:cop@divosa.nl\">mail</a>"));
        assertEquals("", HtmlSanitizer.clean(null));
    }

    @Test
    void dropsUnknownTagsButKeepsTheirText() {
        assertEquals("<p>Tekst in een kop</p>", HtmlSanitizer.clean("<h1 style=\"color:red\">Tekst</h1><p class=\"x\">in een kop</p>")
                .replace("Tekst<p>", "<p>Tekst "));
        assertEquals("gewoon", HtmlSanitizer.clean("<span onclick=\"x()\">gewoon</span>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
            "<a href=\"&#106;avascript:alert(1)\">klik</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
            "<a href=\"vbscript:msgbox(1)\">klik</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<body onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p onmouseover=\"alert(1)\">x</p>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<object data=\"x.swf\"></object>",
            "<embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=a></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<style>*{display:none}</style>",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            "<base href=\"https://evil.example/\">",
            "\"><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "<strong/onmouseover=alert(1)>x</strong>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"
    })
    void noScriptEventHandlerStyleOrDangerousUrlSurvives(String attack) {
        String clean = HtmlSanitizer.clean(attack).toLowerCase(Locale.ROOT);
        assertFalse(clean.contains("<script"), clean);
        assertFalse(clean.matches("(?s).*<[^>]*\\son\\w+\\s*=.*"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("vbscript:"), clean);
        assertFalse(clean.contains("data:text"), clean);
        assertFalse(clean.contains("style="), clean);
        for (String tag : new String[] {"<img", "<svg", "<iframe", "<object", "<embed", "<form", "<input", "<meta", "<style",
                "<link", "<base", "<math", "<template", "<noscript", "<body", "<div"}) {
            assertFalse(clean.contains(tag), tag + " in " + clean);
        }
    }

    @Test
    void visibleTextDecodesEntitiesAndIncludesLinkTargets() {
        String text = HtmlSanitizer.visibleText("<p>Mail jan&#64;voorbeeld.nl of <a href=\"mailto:piet@voorbeeld.nl\">Piet</a></p>");
        assertTrue(text.contains("jan@voorbeeld.nl"), text);
        assertTrue(text.contains("mailto:piet@voorbeeld.nl"), text);
    }

    @Test
    void markupBecomesSanitisedHtml() {
        PostBody body = PostBody.fromMarkup("**Let op**: zie [de handreiking](https://www.divosa.nl/)\n\n- een\n- twee");
        assertEquals("<p><strong>Let op</strong>: zie <a href=\"https://www.divosa.nl/\" rel=\"nofollow noopener\">de handreiking</a></p>"
                + "<ul><li>een</li><li>twee</li></ul>", body.html());
        assertTrue(PostBody.fromHtml("<p> </p><script>x</script>").isBlank());
        assertFalse(PostBody.fromMarkup("tekst").isBlank());
    }
}
