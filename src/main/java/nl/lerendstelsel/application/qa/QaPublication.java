package nl.lerendstelsel.application.qa;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.qa.Feedback;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The Q&amp;A base as the public reads it: published answers per theme, one answer with its published history, the knelpunten
 * it answered (as far as the reader may see them), the latest for the feed, and "was dit antwoord bruikbaar?", which
 * anyone may say, also without signing in.
 */
@ApplicationScoped
public class QaPublication {

    @Inject
    QaRepository qa;

    @Inject
    BottleneckQueries queries;

    @Inject
    Clock clock;

    /**
     * A published entry for the public: the current version, the history of published versions, and whether the current
     * answer's end date has passed ({@code expired}: the page shows "mogelijk verouderd" with that date).
     */
    public record PublicEntry(QaEntry entry, QaVersion current, List<QaVersion> history, boolean expired) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> publishedPerTheme() {
        return qa.publishedPerTheme();
    }

    /** Of these entries, the ids of those whose published answer has expired today ("mogelijk verouderd"). */
    public Set<Long> expiredAmong(Collection<QaEntry> entries) {
        LocalDate today = today();
        Set<Long> expired = new java.util.HashSet<>();
        entries.stream().filter(e -> e.isExpiredOn(today)).forEach(e -> expired.add(e.getId()));
        return expired;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaEntry> published(String themeCode, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        return qa.published(blankToNull(themeCode), (Math.max(1, page) - 1) * size, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long publishedCount(String themeCode) {
        return qa.publishedCount(blankToNull(themeCode));
    }

    /** Of these entries, the ids of those the public may read (a published answer) — one read for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> publishedAmong(Collection<Long> ids) {
        return qa.publishedAmong(ids);
    }

    /** A published entry: not found when it does not exist or has nothing published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicEntry published(Long id) {
        QaEntry entry = qa.findEntry(id).filter(QaEntry::isPublished)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.question", String.valueOf(id))));
        List<QaVersion> history = qa.versions(id).stream().filter(v -> v.getPublishedAt() != null).toList();
        return new PublicEntry(entry, entry.getCurrent(), history, entry.isExpiredOn(today()));
    }

    /** The knelpunten this entry answered, as far as {@code caller} may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> answered(Long entryId, Caller caller) {
        List<Bottleneck> result = new ArrayList<>();
        for (Long id : qa.bottlenecksOf(entryId)) {
            queries.findById(id).flatMap(b -> queries.find(b.getReference(), caller)).ifPresent(result::add);
        }
        return result;
    }

    /** The feed: current published answers that have not expired, newest publication first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> recentlyPublished(String themeCode, int limit) {
        return qa.recentlyPublished(blankToNull(themeCode), today(), limit);
    }

    /** Today in the Netherlands: the day against which an answer's end date counts. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /** "Was dit antwoord bruikbaar?" — anyone, also without signing in; a comment passes the personal-data guard. */
    @Transactional
    public void feedback(Long entryId, boolean useful, String comment) {
        QaEntry entry = published(entryId).entry();
        FieldErrors errors = new FieldErrors();
        String checked = InputChecks.optional(errors, "opmerking", comment, 1000);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("opmerking", checked);
        qa.add(new Feedback(entry.getId(), entry.getCurrent().getId(), useful, checked, clock.instant()));
    }
}
