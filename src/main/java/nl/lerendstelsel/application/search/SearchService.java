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
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.search.SearchDocuments;
import nl.lerendstelsel.infrastructure.search.SearchIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

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
    SearchIndex index;

    @Inject
    SearchDocuments documents;

    @Inject
    BottleneckQueries queries;

    @Inject
    CommunityService communities;

    @Inject
    QaPublication publication;

    @Inject
    DiscussionQueries discussionQueries;

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
        List<SearchIndex.Hit> hits = index.search(text, visibleTo(caller), kindNames, theme, shown * 2, shown,
                candidates -> stillVisible(candidates, caller), LocalDate.now(clock.withZone(DutchTime.ZONE)));
        List<Result> results = new ArrayList<>();
        for (SearchIndex.Hit hit : hits) {
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

    /** The visibility filter as a query: answers and knowledge for everyone, the rest by the same rules as the pages. */
    Query visibleTo(java.util.Optional<Caller> caller) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermInSetQuery(SearchIndex.KIND, List.of(new BytesRef(ContentChanged.Kind.QA.name()),
                new BytesRef(ContentChanged.Kind.KENNIS.name()))), BooleanClause.Occur.SHOULD);
        if (caller.isEmpty()) {
            return any.build();
        }
        Caller c = caller.get();
        Viewer viewer = queries.viewer(c);
        BooleanQuery.Builder knelpunt = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.KIND, ContentChanged.Kind.KNELPUNT.name())), BooleanClause.Occur.FILTER);
        if (!viewer.handler()) {
            BooleanQuery.Builder allowed = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchIndex.RESTRICTED, "0")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(SearchIndex.REPORTER, c.subject())), BooleanClause.Occur.SHOULD);
            if (viewer.organisationCode() != null) {
                allowed.add(new TermQuery(new Term(SearchIndex.ORGANISATION, viewer.organisationCode())), BooleanClause.Occur.SHOULD);
            }
            if (viewer.ministry()) {
                allowed.add(new TermQuery(new Term(SearchIndex.LEVEL, Level.SYSTEM.name())), BooleanClause.Occur.SHOULD);
            }
            knelpunt.add(allowed.build(), BooleanClause.Occur.FILTER);
        }
        any.add(knelpunt.build(), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder posts = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.KIND, ContentChanged.Kind.BERICHT.name())), BooleanClause.Occur.FILTER);
        if (!c.has(Role.ADMIN)) {
            Set<Long> cops = communities.communitiesOf(c, false);
            if (cops.isEmpty()) {
                return any.build();
            }
            posts.add(new TermInSetQuery(SearchIndex.COP, cops.stream().map(id -> new BytesRef(String.valueOf(id))).toList()),
                    BooleanClause.Occur.FILTER);
        }
        any.add(posts.build(), BooleanClause.Occur.SHOULD);
        return any.build();
    }

    /**
     * The second lock: the hits are checked against the database with the rule the pages use, one read per kind for
     * all hits together (not one per hit). Returns the visible ones as {@code kind:id}.
     */
    private Set<String> stillVisible(List<SearchIndex.Hit> hits, java.util.Optional<Caller> caller) {
        Map<ContentChanged.Kind, Set<String>> ids = new EnumMap<>(ContentChanged.Kind.class);
        for (SearchIndex.Hit hit : hits) {
            ids.computeIfAbsent(ContentChanged.Kind.valueOf(hit.kind()), k -> new LinkedHashSet<>()).add(hit.id());
        }
        Set<String> visible = new HashSet<>();
        ids.forEach((kind, of) -> {
            Collection<String> shown = switch (kind) {
                case QA -> publication.publishedAmong(numbers(of)).stream().map(String::valueOf).toList();
                case KENNIS -> of;
                case KNELPUNT -> caller.isPresent() ? queries.visibleAmong(of, caller.get()) : Set.of();
                case BERICHT -> caller.isPresent()
                        ? discussionQueries.readableAmong(numbers(of), caller.get()).stream().map(String::valueOf).toList() : Set.of();
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
                    SearchDocuments.Batch batch = documents.after(kind, after, 500);
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
