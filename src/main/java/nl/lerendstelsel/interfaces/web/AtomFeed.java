package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the Atom feeds (RFC 4287) share: the theme they may be narrowed to ({@code ?thema=}, 404 when it cannot be a
 * theme code), the feed's own address, its head, the elements every entry has, escaping, the answer. A subclass only
 * writes its head and entries.
 */
public abstract class AtomFeed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    transient String baseUrl;

    /**
     * The feed of {@code theme} (null for all) whose address is {@code self}: the {@link #head} and the entries, without
     * the closing element.
     */
    protected abstract StringBuilder feed(String theme, String self);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String theme = request.getParameter("thema");
        if (unknownTheme(theme)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, feed(theme, baseUrl + request.getServletPath() + (theme == null ? "" : "?thema=" + theme)));
    }

    /** The absolute address of {@code path} in the application. */
    protected String link(String path) {
        return baseUrl + path;
    }

    /** Whether {@code theme} (the {@code ?thema=} parameter, null for none) cannot be a theme code: the feed answers 404. */
    static boolean unknownTheme(String theme) {
        return theme != null && !theme.matches("[a-z0-9-]{1,40}");
    }

    /** The XML declaration and the feed's own elements, up to its entries. */
    protected static StringBuilder head(String title, String self, Instant updated, String author) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <author><name>").append(escape(author)).append("</name></author>\n");
    }

    /** Opens an entry with the elements every entry has; the caller adds the rest and closes it. */
    protected static StringBuilder entry(StringBuilder xml, String title, String id, String link, Instant updated) {
        return xml.append("  <entry>\n")
                .append("    <title>").append(escape(title)).append("</title>\n")
                .append("    <id>").append(escape(id)).append("</id>\n")
                .append("    <link href=\"").append(escape(link)).append("\"/>\n")
                .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
    }

    /** Closes the feed and sends it. */
    private static void send(HttpServletResponse response, StringBuilder xml) throws IOException {
        xml.append("</feed>\n");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The text with &amp;, &lt;, &gt; and quotes escaped for XML. */
    protected static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
