package nl.lerendstelsel.interfaces.web.qa;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.text.RichText;
import nl.lerendstelsel.interfaces.web.AtomFeed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An Atom feed (RFC 4287) of new and changed answers, overall or of one theme ({@code ?thema=}). Public. It carries only
 * the current published version of each answer: never a superseded, withdrawn or expired one.
 */
@WebServlet("/vraag-en-antwoord/feed.xml")
public class QaFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QaPublication publication;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    transient String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String theme = request.getParameter("thema");
        if (AtomFeed.unknownTheme(theme)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<QaVersion> versions = publication.recentlyPublished(theme, 50);
        Instant updated = versions.isEmpty() ? Instant.EPOCH : versions.get(0).getPublishedAt();
        String self = baseUrl + "/vraag-en-antwoord/feed.xml" + (theme == null ? "" : "?thema=" + theme);
        StringBuilder xml = AtomFeed.head("Wet inburgering in vraag en antwoord" + (theme == null ? "" : " — " + theme), self, updated,
                "Divosa, VNG en ministerie van SZW");
        for (QaVersion v : versions) {
            String link = baseUrl + "/vraag-en-antwoord/vraag.xhtml?id=" + v.getEntry().getId();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(v.getQuestion())).append("</title>\n")
                    .append("    <id>").append(escape(link + "&versie=" + v.getNumber())).append("</id>\n")
                    .append("    <link href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(v.getPublishedAt())).append("</updated>\n")
                    .append("    <category term=\"").append(escape(v.getEntry().getTheme().getCode())).append("\"/>\n")
                    .append("    <summary>").append(escape(v.getNumber() == 1 ? "Nieuw antwoord" : "Gewijzigd antwoord (versie " + v.getNumber() + ")"
                            + (v.getChangeNote() == null ? "" : ": " + v.getChangeNote()))).append("</summary>\n")
                    .append("    <content type=\"html\">").append(escape(RichText.toHtml(v.getAnswer()))).append("</content>\n")
                    .append("  </entry>\n");
        }
        AtomFeed.send(response, xml);
    }

    private static String escape(String text) {
        return AtomFeed.escape(text);
    }
}
