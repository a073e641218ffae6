package nl.lerendstelsel.interfaces.web.qa;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.Instant;
import java.util.List;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.text.RichText;
import nl.lerendstelsel.interfaces.web.AtomFeed;

/**
 * An Atom feed (RFC 4287) of new and changed answers, overall or of one theme ({@code ?thema=}). Public. It carries only
 * the current published version of each answer: never a superseded, withdrawn or expired one.
 */
@WebServlet("/vraag-en-antwoord/feed.xml")
public class QaFeedServlet extends AtomFeed {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QaPublication publication;

    @Override
    protected StringBuilder feed(String theme, String self) {
        List<QaVersion> versions = publication.recentlyPublished(theme, 50);
        Instant updated = versions.isEmpty() ? Instant.EPOCH : versions.get(0).getPublishedAt();
        StringBuilder xml = head("Wet inburgering in vraag en antwoord" + (theme == null ? "" : " — " + theme), self, updated,
                "Divosa, VNG en ministerie van SZW");
        for (QaVersion v : versions) {
            String link = link("/vraag-en-antwoord/vraag.xhtml?id=" + v.getEntry().getId());
            entry(xml, v.getQuestion(), link + "&versie=" + v.getNumber(), link, v.getPublishedAt())
                    .append("    <category term=\"").append(escape(v.getEntry().getTheme().getCode())).append("\"/>\n")
                    .append("    <summary>").append(escape(v.getNumber() == 1 ? "Nieuw antwoord" : "Gewijzigd antwoord (versie " + v.getNumber() + ")"
                            + (v.getChangeNote() == null ? "" : ": " + v.getChangeNote()))).append("</summary>\n")
                    .append("    <content type=\"html\">").append(escape(RichText.toHtml(v.getAnswer()))).append("</content>\n")
                    .append("  </entry>\n");
        }
        return xml;
    }
}
