package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.text.RichText;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.PagedList;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/** The public Q&A pages: themes with their number of answers, the answers of a theme, one answer with its history. */
@Named("qa")
@RequestScoped
public class QaPage extends PagedList {

    static final int PAGE_SIZE = 25;

    @Inject
    QaPublication publication;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String theme;
    private Long id;
    private Map<String, Long> counts;
    private final Shown<QaPublication.PublicEntry> entry = new Shown<>("qa.missing", "qa.missing");
    private String comment;
    private boolean thanked;

    /** The id travels with the feedback form (see RequestParameters). */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    public long count(String themeCode) {
        if (counts == null) {
            counts = publication.publishedPerTheme();
        }
        return counts.getOrDefault(themeCode, 0L);
    }

    private List<QaEntry> entries;
    private java.util.Set<Long> expired;

    public List<QaEntry> getEntries() {
        if (entries == null) {
            entries = publication.published(theme, getPage(), PAGE_SIZE);
        }
        return entries;
    }

    /** Whether this listed entry's answer has passed its end date: the list marks it "mogelijk verouderd". */
    public boolean expired(QaEntry listed) {
        if (expired == null) {
            expired = publication.expiredAmong(getEntries());
        }
        return expired.contains(listed.getId());
    }

    private Long total;

    public long getTotal() {
        if (total == null) {
            total = publication.publishedCount(theme);
        }
        return total;
    }

    public long getPageCount() {
        return pageCount(getTotal(), PAGE_SIZE);
    }

    public QaPublication.PublicEntry getEntry() {
        return entry.get(id, () -> publication.published(id));
    }

    public boolean isMissing() {
        return id == null || getEntry() == null;
    }

    public String getAnswerHtml() {
        return getEntry() == null ? "" : RichText.toHtml(getEntry().current().getAnswer());
    }

    public List<Bottleneck> getAnswered() {
        return currentUser.caller().map(c -> publication.answered(id, c)).orElse(List.of());
    }

    public String useful(boolean useful) {
        if (feedback.run(() -> publication.feedback(id, useful, comment), "qa.thanks", Map.of("opmerking", "bruikbaar:opmerking"), null)) {
            thanked = true;
            comment = null;
        }
        return null;
    }

    public boolean isThanked() {
        return thanked;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
