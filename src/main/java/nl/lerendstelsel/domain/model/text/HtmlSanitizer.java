package nl.lerendstelsel.domain.model.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list HTML sanitiser every discussion post passes before it is stored (jsoup's {@link Cleaner}): only
 * paragraphs, line breaks, emphasis, lists, quotes, code and links survive; links only to {@code http}, {@code https}
 * and {@code mailto}, always with {@code rel="nofollow noopener"}. Every other tag is dropped with its attributes
 * (its text stays), so scripts, event handlers, styles, frames and {@code javascript:} URLs never reach a page.
 */
public final class HtmlSanitizer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "code", "pre", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private HtmlSanitizer() {
    }

    /** The safe HTML for {@code html} (a body fragment); empty for {@code null}. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** What a reader of {@code html} sees as text, plus every link target: what the personal-data guard must read. */
    public static String visibleText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select("br").after("\n");
        document.select("p, li, blockquote, pre, ul, ol").after("\n");
        StringBuilder text = new StringBuilder(document.body().wholeText());
        for (Element link : document.select("a[href]")) {
            text.append('\n').append(link.attr("href"));
        }
        return text.toString();
    }
}
