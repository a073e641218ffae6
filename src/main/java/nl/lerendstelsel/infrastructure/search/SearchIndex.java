package nl.lerendstelsel.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.lerendstelsel.application.port.FullTextSearch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full-text index (Apache Lucene). Titles and texts go in twice, through Lucene's Dutch analyser (stop words, the
 * Snowball Dutch stemmer) and through the Kraaij-Pohlmann Dutch stemmer, and both are searched: "leerroutes" finds
 * "leerroute", "taallessen" finds "taalles". Words of a query must all occur; titles weigh three times as much as texts;
 * titles also go in unstemmed for suggestions while typing. Each document
 * carries the fields the visibility filter needs, so a query never returns what the reader may not see; the caller
 * checks every hit against the database once more before showing it.
 *
 * <p>The index lives in {@code lerendstelsel.search.dir} (in-memory when not set) and can always be rebuilt from the
 * database; it is a cache, never the source of truth.
 */
@ApplicationScoped
public class SearchIndex implements FullTextSearch {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String THEME = "theme";
    public static final String TITLE = "title";
    public static final String TITLE_WORDS = "title_words";
    public static final String BODY = "body";
    public static final String TITLE_KP = "title_kp";
    public static final String BODY_KP = "body_kp";
    public static final String RESTRICTED = "restricted";
    public static final String ORGANISATION = "organisation";
    public static final String REPORTER = "reporter";
    public static final String LEVEL = "level";
    public static final String COP = "cop";
    public static final String LINK = "link";
    /** The last day an answer applies (epoch day, a point field): past it the answer ranks lower. */
    public static final String VALID_UNTIL = "valid_until";

    /** What an expired answer's score is multiplied by: it ranks below current matches of similar strength. */
    static final float EXPIRED_WEIGHT = 0.1f;

    /** Where the index lives; unset: in memory. (An empty default value counts as none in MicroProfile Config.) */
    @Inject
    @ConfigProperty(name = "lerendstelsel.search.dir")
    java.util.Optional<String> configuredDirectory;

    /** The directory in use; tests set it directly. */
    String directoryPath;

    private Directory directory;
    private Analyzer analyzer;
    private IndexWriter writer;
    private SearcherManager searchers;

    @PostConstruct
    void open() {
        if (configuredDirectory != null) {
            directoryPath = configuredDirectory.orElse("");
        }
        try {
            if (directoryPath == null || directoryPath.isBlank()) {
                directory = new ByteBuffersDirectory();
            } else {
                Path path = Path.of(directoryPath);
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
            }
            analyzer = DutchAnalysis.perField();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be opened at '" + directoryPath + "'", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "Closing the search index: " + e);
        }
    }

    /**
     * Adds or replaces documents and makes them searchable: a near-real-time reopen from the writer, without a commit.
     * The index is a cache rebuilt from the database at every start, so a change need not be made durable; a commit
     * per change wrote and fsynced the segment files and a new commit point on every comment, support or step.
     * Closing commits what is left. The reopen waits for one already running (which may have started before this
     * change): without that, a change made while another was being indexed stayed unfindable until the next one.
     */
    @Override
    public void put(Collection<Entry> entries) {
        try {
            for (Entry entry : entries) {
                writer.updateDocument(new Term(ID, IndexedDocument.key(entry.kind(), entry.id())), IndexedDocument.of(entry));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String kind, String id) {
        try {
            writer.deleteDocuments(new Term(ID, IndexedDocument.key(kind, id)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (the start of a rebuild). */
    @Override
    public void clear() {
        try {
            writer.deleteAll();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Ranked hits for {@code text} among documents passing {@code visible}, optionally of some kinds and a theme. The
     * user's text goes through Lucene's simple query parser (never a syntax error): words are ANDed, quotes make a
     * phrase; titles weigh three times as much as texts.
     */
    public List<Hit> search(String text, Query visible, Set<String> kinds, String theme, int limit) {
        return search(text, visible, kinds, theme, limit, limit, candidates -> null, null);
    }

    /** As the one below without a day: nothing ranks lower for its end date. */
    public List<Hit> search(String text, Query visible, Set<String> kinds, String theme, int candidates, int shown,
                            Function<List<Hit>, Set<String>> stillVisible) {
        return search(text, visible, kinds, theme, candidates, shown, stillVisible, null);
    }

    /**
     * As {@link #search(String, Query, Set, String, int)}, reading {@code candidates} hits and keeping the first
     * {@code shown} of those {@code stillVisible} accepts ({@code kind:id}; {@code null} accepts all): only those are
     * highlighted, the costly part of a result (a snippet re-analyses the document's text). Documents whose
     * {@link #VALID_UNTIL} lies before {@code today} (expired answers) rank lower: their score counts {@link #EXPIRED_WEIGHT}
     * times; {@code today} null: no such demotion.
     */
    public List<Hit> search(String text, Query visible, Set<String> kinds, String theme, int candidates, int shown,
                            Function<List<Hit>, Set<String>> stillVisible, java.time.LocalDate today) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 3f, TITLE_KP, 3f, BODY, 1f, BODY_KP, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query match = parser.parse(text);
        if (match == null) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST).add(visible, BooleanClause.Occur.FILTER);
        if (kinds != null && !kinds.isEmpty()) {
            query.add(new TermInSetQuery(KIND, kinds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        if (theme != null && !theme.isBlank()) {
            query.add(new TermQuery(new Term(THEME, theme)), BooleanClause.Occur.FILTER);
        }
        Query built = today == null ? query.build() : FunctionScoreQuery.boostByQuery(query.build(),
                LongPoint.newRangeQuery(VALID_UNTIL, Long.MIN_VALUE, today.toEpochDay() - 1), EXPIRED_WEIGHT);
        return read(searcher -> {
            TopDocs top = searcher.search(built, candidates);
            List<Hit> found = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                Document doc = searcher.storedFields().document(scored.doc);
                docs.add(doc);
                found.add(new Hit(doc.get(KIND), doc.get(IndexedDocument.REF), doc.get(TITLE), null, doc.get(LINK), scored.score));
            }
            Set<String> keep = stillVisible.apply(found);
            Snippets snippets = new Snippets(analyzer, match);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < found.size() && hits.size() < shown; i++) {
                Hit hit = found.get(i);
                if (keep == null || keep.contains(hit.kind() + ":" + hit.id())) {
                    hits.add(new Hit(hit.kind(), hit.id(), hit.title(), snippets.of(docs.get(i).get(BODY)), hit.link(), hit.score()));
                }
            }
            return hits;
        });
    }

    /**
     * References of the visible documents of {@code kind} most like a title and a text, best first, at most
     * {@code limit}. Every distinct word of the title and the text is an optional clause, matched in the documents'
     * titles (weighing three times) and texts; documents rank by the rare words they share, and Lucene keeps only the
     * best {@code limit}: the cost follows the question, not the number of documents that share a common word.
     */
    public List<String> similar(String kind, String title, String text, Query visible, int limit) {
        Query query = WordQueries.similar(analyzer, kind, title, text, visible);
        if (query == null || limit < 1) {
            return List.of();
        }
        return read(searcher -> {
            List<String> references = new ArrayList<>();
            // Total hits are not wanted: counting only up to the limit lets Lucene skip documents that cannot
            // reach the top (block-max WAND) from the start instead of after the first 1,000 hits. The reference
            // comes from doc values: stored fields would decompress the block holding the stored title and text.
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc scored : searcher.search(query, new TopScoreDocCollectorManager(limit, limit)).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored.doc, leaves));
                SortedDocValues refs = DocValues.getSorted(leaf.reader(), IndexedDocument.REF);
                if (refs.advanceExact(scored.doc - leaf.docBase)) {
                    references.add(refs.lookupOrd(refs.ordValue()).utf8ToString());
                }
            }
            return references;
        });
    }

    /** Titles of visible documents whose words start with what was typed (the last word may be unfinished). */
    public List<String> suggest(String typed, Query visible, int limit) {
        Query query = WordQueries.suggestions(typed, visible);
        if (query == null) {
            return List.of();
        }
        return read(searcher -> {
            List<String> titles = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(query, limit * 2).scoreDocs) {
                String title = searcher.storedFields().document(scored.doc).get(TITLE);
                if (!titles.contains(title) && titles.size() < limit) {
                    titles.add(title);
                }
            }
            return titles;
        });
    }

    @Override
    public List<Hit> search(String text, Reader reader, Set<String> kinds, String theme, int candidates, int shown,
                            Function<List<Hit>, Set<String>> stillVisible, java.time.LocalDate today) {
        return search(text, VisibilityFilter.of(reader), kinds, theme, candidates, shown, stillVisible, today);
    }

    @Override
    public List<String> suggest(String typed, Reader reader, int limit) {
        return suggest(typed, VisibilityFilter.of(reader), limit);
    }

    @Override
    public List<String> similar(String kind, String title, String text, Reader reader, int limit) {
        return similar(kind, title, text, VisibilityFilter.of(reader), limit);
    }

    /** A filter that matches nothing: for a reader who may see nothing. */
    public static Query nothing() {
        return new MatchNoDocsQuery();
    }

    /** Runs {@code work} on a searcher of the latest refreshed index and gives it back. */
    private <T> T read(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
