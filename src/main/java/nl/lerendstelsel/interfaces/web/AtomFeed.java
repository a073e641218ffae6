package nl.lerendstelsel.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** What the Atom feeds (RFC 4287) share: the theme they may be narrowed to, the feed's head, escaping, the answer. */
public final class AtomFeed {

    private AtomFeed() {
    }

    /** Whether {@code theme} (the {@code ?thema=} parameter, null for none) cannot be a theme code: the feed answers 404. */
    public static boolean unknownTheme(String theme) {
        return theme != null && !theme.matches("[a-z0-9-]{1,40}");
    }

    /** The XML declaration and the feed's own elements, up to its entries. */
    public static StringBuilder head(String title, String self, Instant updated, String author) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <author><name>").append(escape(author)).append("</name></author>\n");
    }

    /** Closes the feed and sends it. */
    public static void send(HttpServletResponse response, StringBuilder xml) throws IOException {
        xml.append("</feed>\n");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The text with &amp;, &lt;, &gt; and quotes escaped for XML. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
