package nl.lerendstelsel.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.port.FullTextSearch;
import nl.lerendstelsel.application.port.SearchContent;
import nl.lerendstelsel.application.practice.PracticeQueries;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * One search over answers, knowledge items and — for signed-in people — the knelpunten and CoP discussions they may
 * see. Two locks keep hidden things hidden: the query itself filters on the fields that decide visibility, and every
 * hit is checked against the database with the same rule the pages use before it is returned. The index follows every
 * committed change and can be rebuilt from the database at any time.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    public static final int MAX_RESULTS = 50;

    @Inject
    FullTextSearch index;

    @Inject
    SearchContent documents;

    @Inject
    BottleneckQueries queries;

    @Inject
    CommunityService communities;

    @Inject
    QaPublication publication;

    @Inject
    KnowledgeService knowledge;

    @Inject
    PracticeQueries practices;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    OutcomeService outcomes;

    @Inject
    Clock clock;

    private final AtomicBoolean rebuilding = new AtomicBoolean();

    /** A result as shown: kind, reference, title, highlighted snippet (safe HTML), and the page it links to. */
    public record Result(String kind, String id, String title, String snippet, String link) {
    }

    /** Results for {@code text}; {@code caller} empty for an anonymous visitor. */
    public List<Result> search(String text, Set<ContentChanged.Kind> kinds, String theme, java.util.Optional<Caller> caller, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> kindNames = new LinkedHashSet<>();
        if (kinds != null) {
            kinds.forEach(k -> kindNames.add(k.name()));
        }
        // Twice the page's hits are read, checked against the database (stillVisible), and only the shown ones get a snippet.
        int shown = Math.min(limit, MAX_RESULTS);
        List<FullTextSearch.Hit> hits = index.search(text, visibleTo(caller), kindNames, theme, shown * 2, shown,
                candidates -> stillVisible(candidates, caller), LocalDate.now(clock.withZone(DutchTime.ZONE)));
        List<Result> results = new ArrayList<>();
        for (FullTextSearch.Hit hit : hits) {
            results.add(new Result(hit.kind(), hit.id(), hit.title(), hit.snippet(), hit.link()));
        }
        return results;
    }

    /** Titles that start with what was typed, among what the reader may see. */
    public List<String> suggest(String typed, java.util.Optional<Caller> caller) {
        return index.suggest(typed, visibleTo(caller), 6);
    }

    /**
     * References of the knelpunten the caller may see that are most like a title and description, best first: the
     * candidates for duplicate suggestions ({@link DuplicateService#similar}), which scores them exactly.
     */
    public List<String> similarKnelpunten(String title, String description, Caller caller, int limit) {
        return index.similar(ContentChanged.Kind.KNELPUNT.name(), title, description, visibleTo(java.util.Optional.of(caller)), limit);
    }

    /** What the caller may find, in the terms the index filters on: the same rules as the pages. */
    FullTextSearch.Reader visibleTo(java.util.Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return FullTextSearch.Reader.anonymous();
        }
        Caller c = caller.get();
        Viewer viewer = queries.viewer(c);
        return new FullTextSearch.Reader(true, viewer.handler(), c.subject(), viewer.organisationCode(), viewer.ministry(),
                c.has(Role.ADMIN) ? null : communities.communitiesOf(c, false));
    }

    /**
     * The second lock: the hits are checked against the database with the rule the pages use, one read per kind for
     * all hits together (not one per hit). Returns the visible ones as {@code kind:id}.
     */
    private Set<String> stillVisible(List<FullTextSearch.Hit> hits, java.util.Optional<Caller> caller) {
        Map<ContentChanged.Kind, Set<String>> ids = new EnumMap<>(ContentChanged.Kind.class);
        for (FullTextSearch.Hit hit : hits) {
            ids.computeIfAbsent(ContentChanged.Kind.valueOf(hit.kind()), k -> new LinkedHashSet<>()).add(hit.id());
        }
        Set<String> visible = new HashSet<>();
        ids.forEach((kind, of) -> {
            Collection<String> shown = switch (kind) {
                case QA -> publication.publishedAmong(numbers(of)).stream().map(String::valueOf).toList();
                case KENNIS -> knowledge.publishedAmong(numbers(of)).stream().map(String::valueOf).toList();
                case KNELPUNT -> caller.isPresent() ? queries.visibleAmong(of, caller.get()) : Set.of();
                case BERICHT -> caller.isPresent()
                        ? discussionQueries.readableAmong(numbers(of), caller.get()).stream().map(String::valueOf).toList() : Set.of();
                case OPBRENGST -> caller.isPresent() ? outcomes.sharedAmong(numbers(of)).stream().map(String::valueOf).toList() : Set.of();
                case PRAKTIJK -> practices.publishedAmong(numbers(of)).stream().map(String::valueOf).toList();
            };
            shown.forEach(id -> visible.add(kind.name() + ":" + id));
        });
        return visible;
    }

    private static Set<Long> numbers(Set<String> ids) {
        Set<Long> numbers = new HashSet<>();
        for (String id : ids) {
            try {
                numbers.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                // not an id of ours: nothing to show
            }
        }
        return numbers;
    }

    // ---- keeping the index current (SearchIndexer calls these after commits)

    /** Re-reads a knelpunt by reference (after a workflow step, comment or support). */
    public void refreshBottleneck(String reference) {
        queries.find(reference).ifPresent(b -> refresh(ContentChanged.Kind.KNELPUNT, b.getId()));
    }

    /** Re-reads one item and puts it in the index, or takes it out when it is no longer to be found. */
    public void refresh(ContentChanged.Kind kind, Long id) {
        try {
            documents.one(kind, id).ifPresentOrElse(entry -> index.put(List.of(entry)),
                    () -> index.remove(kind.name(), kind == ContentChanged.Kind.KNELPUNT
                            ? queries.findById(id).map(b -> b.getReference()).orElse(String.valueOf(id)) : String.valueOf(id)));
        } catch (RuntimeException e) {
            // the change itself is committed; a rebuild repairs the index
            LOG.warning(() -> "Search index not updated for " + kind + " " + id + ": " + e);
        }
    }

    /** Empties the index and reads everything again from the database; returns the number of documents. */
    public int rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new NotPossibleException(Message.of("refusal.search.rebuilding"));
        }
        try {
            long started = System.nanoTime();
            index.clear();
            int count = 0;
            for (ContentChanged.Kind kind : EnumSet.allOf(ContentChanged.Kind.class)) {
                long after = 0;
                while (true) {
                    SearchContent.Batch batch = documents.after(kind, after, 500);
                    if (batch.lastId() == null) {
                        break;
                    }
                    index.put(batch.entries());
                    count += batch.entries().size();
                    after = batch.lastId();
                }
            }
            int total = count;
            LOG.info(() -> "Search index rebuilt: " + total + " documents in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return count;
        } finally {
            rebuilding.set(false);
        }
    }



}
