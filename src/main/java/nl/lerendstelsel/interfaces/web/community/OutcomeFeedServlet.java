package nl.lerendstelsel.interfaces.web.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.web.AtomFeed;

/**
 * An Atom feed (RFC 4287) of the shared CoP outcomes, most recently shared first, overall or of one theme
 * ({@code ?thema=}). Shared means shared with everyone signed in, so the feed lives under {@code /app/} (a session or a
 * bearer token); it never carries an outcome that is not shared (any more).
 */
@WebServlet("/app/cops/opbrengsten.xml")
public class OutcomeFeedServlet extends AtomFeed {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutcomeService outcomes;

    @Override
    protected StringBuilder feed(String theme, String self) {
        List<Outcome> shared = outcomes.sharedOutcomes(theme, null, 1, 50);
        Instant updated = shared.stream().map(OutcomeFeedServlet::changed).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = head("Gedeelde opbrengsten van de Communities of Practice" + (theme == null ? "" : " — " + theme),
                self, updated, "Divosa");
        for (Outcome o : shared) {
            String link = link("/app/cops/opbrengst.xhtml?id=" + o.getId());
            entry(xml, o.getTitle(), link, link, changed(o))
                    .append("    <published>").append(DateTimeFormatter.ISO_INSTANT.format(o.getSharedAt())).append("</published>\n");
            for (Theme t : o.getThemes()) {
                xml.append("    <category term=\"").append(escape(t.getCode())).append("\" label=\"").append(escape(t.getNameNl())).append("\"/>\n");
            }
            xml.append("    <summary>").append(escape(o.getCommunity().getName())).append("</summary>\n")
                    .append("    <content type=\"text\">").append(escape(o.getDescription())).append("</content>\n")
                    .append("  </entry>\n");
        }
        return xml;
    }

    /** When the outcome last changed as the feed shows it: shared, or edited after that. */
    private static Instant changed(Outcome o) {
        return o.getEditedAt() != null && o.getEditedAt().isAfter(o.getSharedAt()) ? o.getEditedAt() : o.getSharedAt();
    }
}
