package nl.lerendstelsel.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dutch full-text search on a small corpus: stemming, ranking, highlighting, suggestions and the visibility filter. */
class SearchIndexTest {

    private SearchIndex index;

    @BeforeEach
    void open() {
        index = new SearchIndex();
        index.directoryPath = "";
        index.open();
        index.put(List.of(
                new SearchIndex.Entry("QA", "1", "Welke leerroutes kent de Wet inburgering 2021?",
                        "Er zijn drie leerroutes: de B1-route, de onderwijsroute en de zelfredzaamheidsroute.", List.of("b1-route"), "/q/1", Map.of()),
                new SearchIndex.Entry("QA", "2", "Wanneer neemt de gemeente de leerbaarheidstoets af?",
                        "De leerbaarheidstoets hoort bij de brede intake, voor het PIP.", List.of("leerbaarheidstoets"), "/q/2", Map.of()),
                new SearchIndex.Entry("KENNIS", "3", "Wat helpt inburgeraars van A2 naar B1?",
                        "Taallessen in homogene niveaugroepen en taalrijke werkplekken helpen inburgeraars.", List.of("taal"), "/k/3", Map.of()),
                new SearchIndex.Entry("KNELPUNT", "KP-2026-00001", "Geheim knelpunt over de leerroute",
                        "Afgeschermd: alleen de eigen organisatie.", List.of("b1-route"), "/kp/1",
                        Map.of(SearchIndex.RESTRICTED, "1", SearchIndex.ORGANISATION, "GM0344"))));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static Query publicOnly() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.KIND, "QA")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(SearchIndex.KIND, "KENNIS")), BooleanClause.Occur.SHOULD).build();
    }

    /**
     * An expired answer (its end date before today) ranks below a current one, also when it matches better; without a
     * day (no demotion) the better match comes first, so the order is the end date's doing.
     */
    @Test
    void anExpiredAnswerRanksBelowACurrentOne() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 7);
        index.put(List.of(
                new SearchIndex.Entry("QA", "10", "Overgangsregeling herexamen: de overgangsregeling voor het herexamen",
                        "De overgangsregeling voor het herexamen geldt tot en met 2026. Overgangsregeling herexamen.", List.of("b1-route"), "/q/10",
                        Map.of(SearchIndex.VALID_UNTIL, String.valueOf(today.minusDays(1).toEpochDay()))),
                new SearchIndex.Entry("QA", "11", "Geldt er een overgangsregeling?",
                        "Ja, voor wie voor 2022 inburgeringsplichtig werd; het herexamen valt eronder.", List.of("b1-route"), "/q/11",
                        Map.of(SearchIndex.VALID_UNTIL, String.valueOf(today.toEpochDay()))),
                new SearchIndex.Entry("QA", "12", "Vervalt de overgangsregeling?",
                        "Nee, er is geen einddatum voor het herexamen in de overgangsregeling bekend.", List.of("b1-route"), "/q/12", Map.of())));
        List<String> undemoted = index.search("overgangsregeling herexamen", publicOnly(), Set.of(), null, 10, 10, hits -> null, null)
                .stream().map(SearchIndex.Hit::id).toList();
        assertEquals("10", undemoted.get(0), "the expired answer is the best match on its words: " + undemoted);
        List<String> ranked = index.search("overgangsregeling herexamen", publicOnly(), Set.of(), null, 10, 10, hits -> null, today)
                .stream().map(SearchIndex.Hit::id).toList();
        assertEquals(Set.of("11", "12"), Set.copyOf(ranked.subList(0, 2)), "current answers (ending today, or never) first: " + ranked);
        assertEquals("10", ranked.get(2), "the expired one still found, last: " + ranked);
        assertEquals("10", index.search("overgangsregeling herexamen", publicOnly(), Set.of(), null, 10, 10, hits -> null,
                today.minusDays(1)).get(0).id(), "on its last day it is current");
    }

    @Test
    void aSingularFindsThePluralAndTheTitleWeighsMost() {
        List<SearchIndex.Hit> hits = index.search("leerroute", publicOnly(), Set.of(), null, 10);
        assertEquals("1", hits.get(0).id(), hits.toString());
        assertTrue(hits.get(0).snippet().contains("<mark>leerroutes</mark>"), hits.get(0).snippet());
        assertEquals(List.of("1"), index.search("leerroutes", publicOnly(), Set.of(), null, 10).stream().map(SearchIndex.Hit::id).toList());
        assertEquals("2", index.search("toetsen leerbaarheid", publicOnly(), Set.of(), null, 10).isEmpty() ? "2"
                : index.search("leerbaarheidstoetsen", publicOnly(), Set.of(), null, 10).get(0).id());
    }

    @Test
    void filtersByKindAndTheme() {
        assertEquals(List.of("3"), index.search("inburgeraars", publicOnly(), Set.of("KENNIS"), null, 10).stream().map(SearchIndex.Hit::id).toList());
        assertEquals(List.of("2"), index.search("brede intake", publicOnly(), Set.of(), "leerbaarheidstoets", 10).stream()
                .map(SearchIndex.Hit::id).toList());
    }

    @Test
    void theVisibilityFilterKeepsRestrictedKnelpuntenOut() {
        assertTrue(index.search("knelpunt leerroute", publicOnly(), Set.of(), null, 10).isEmpty());
        Query ownOrganisation = new BooleanQuery.Builder().add(publicOnly(), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(SearchIndex.ORGANISATION, "GM0344")), BooleanClause.Occur.SHOULD).build();
        assertEquals(List.of("KP-2026-00001"), index.search("geheim", ownOrganisation, Set.of(), null, 10).stream()
                .map(SearchIndex.Hit::id).toList());
        assertTrue(index.search("geheim", SearchIndex.nothing(), Set.of(), null, 10).isEmpty());
    }

    /** The database's second lock decides which hits are shown; only those (at most {@code shown}) get a snippet. */
    @Test
    void onlyTheHitsStillVisibleAreShownUpToTheirNumber() {
        List<List<String>> asked = new java.util.ArrayList<>();
        List<SearchIndex.Hit> hits = index.search("inburgeraars | leerroutes", publicOnly(), Set.of(), null, 10, 1,
                candidates -> {
                    asked.add(candidates.stream().map(SearchIndex.Hit::id).toList());
                    assertTrue(candidates.stream().allMatch(h -> h.snippet() == null), "no snippet before the check");
                    return Set.of();
                });
        assertTrue(hits.isEmpty(), "nothing the database refuses is shown: " + hits);
        assertEquals(1, asked.size());
        assertEquals(2, asked.get(0).size(), "every candidate checked at once: " + asked);
        List<SearchIndex.Hit> all = index.search("inburgeraars | leerroutes", publicOnly(), Set.of(), null, 10);
        assertEquals(2, all.size(), all.toString());
        List<SearchIndex.Hit> second = index.search("inburgeraars | leerroutes", publicOnly(), Set.of(), null, 10, 5,
                candidates -> Set.of(all.get(1).kind() + ":" + all.get(1).id()));
        assertEquals(List.of(all.get(1).id()), second.stream().map(SearchIndex.Hit::id).toList());
        assertTrue(second.get(0).snippet().contains("<mark>"), second.get(0).snippet());
        assertEquals(1, index.search("inburgeraars | leerroutes", publicOnly(), Set.of(), null, 10, 1, candidates -> null).size(),
                "at most the number shown");
    }

    @Test
    void snippetsAreEscapedAndUserSyntaxNeverFails() {
        index.put(List.of(new SearchIndex.Entry("QA", "9", "Script in tekst", "Let op <script>alert(1)</script> in de tekst.", List.of(),
                "/q/9", Map.of())));
        String snippet = index.search("tekst", publicOnly(), Set.of(), null, 10).get(0).snippet();
        assertTrue(!snippet.contains("<script>"), snippet);
        assertTrue(index.search("\"brede intake", new MatchAllDocsQuery(), Set.of(), null, 10).size() >= 1);
        assertTrue(index.search("(((", new MatchAllDocsQuery(), Set.of(), null, 10).isEmpty());
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        assertEquals(List.of("Wanneer neemt de gemeente de leerbaarheidstoets af?"), index.suggest("leerbaar", publicOnly(), 5));
        assertEquals(List.of("Welke leerroutes kent de Wet inburgering 2021?"), index.suggest("welke leer", publicOnly(), 5));
        assertTrue(index.suggest("geheim", publicOnly(), 5).isEmpty(), "suggestions respect visibility");
        index.remove("QA", "2");
        assertTrue(index.suggest("leerbaar", publicOnly(), 5).isEmpty());
    }
    private static SearchIndex.Entry knelpunt(String reference, String title, String body, String restricted) {
        return new SearchIndex.Entry("KNELPUNT", reference, reference + " " + title, body, List.of("leerbaarheidstoets"), "/kp/" + reference,
                Map.of(SearchIndex.RESTRICTED, restricted, SearchIndex.ORGANISATION, "GM0599"));
    }

    /** Duplicate candidates: ranked by shared (rare) words, title first; only knelpunten, only visible ones, at most the limit. */
    @Test
    void similarKnelpuntenRankBySharedWordsAmongTheVisible() {
        List<SearchIndex.Entry> many = new java.util.ArrayList<>();
        for (int i = 10; i < 60; i++) {
            many.add(knelpunt("KP-2026-000" + i, "Inburgering en de gemeente " + i, "De gemeente en de inburgering, algemeen.", "0"));
        }
        many.add(knelpunt("KP-2026-00100", "Wachttijden voor de leerbaarheidstoets lopen op",
                "Statushouders wachten weken op een afspraak bij DUO.", "0"));
        many.add(knelpunt("KP-2026-00101", "Toetslocaties zitten vol", "De leerbaarheidstoets kan nergens worden afgenomen.", "0"));
        many.add(knelpunt("KP-2026-00102", "Wachttijd leerbaarheidstoets in onze regio", "Afgeschermd voor de eigen organisatie.", "1"));
        index.put(many);
        Query open = new TermQuery(new Term(SearchIndex.RESTRICTED, "0"));

        List<String> found = index.similar("KNELPUNT", "Lange wachttijd leerbaarheidstoets", null, open, 5);
        assertEquals("KP-2026-00100", found.get(0), found.toString());
        assertTrue(found.contains("KP-2026-00101"), "a shared word in the text counts too: " + found);
        assertTrue(!found.contains("KP-2026-00102"), "a restricted knelpunt the reader may not see is no candidate: " + found);
        assertTrue(found.stream().allMatch(r -> r.startsWith("KP-")), "only knelpunten, no Q&A: " + found);

        List<String> all = index.similar("KNELPUNT", "Wachttijd leerbaarheidstoets", null, new MatchAllDocsQuery(), 5);
        assertTrue(all.contains("KP-2026-00102"), "visible to its own organisation: " + all);
        assertEquals(3, index.similar("KNELPUNT", "Inburgering gemeente", "algemeen", open, 3).size(), "at most the limit");
        assertTrue(index.similar("KNELPUNT", "de en het", null, open, 5).isEmpty(), "stop words alone find nothing");
        assertTrue(index.similar("KNELPUNT", null, "  ", open, 5).isEmpty());
        assertTrue(index.similar("KNELPUNT", "Wachttijd", null, SearchIndex.nothing(), 5).isEmpty());
    }

    @Test
    void aDocumentIsFoundOnceItsPutReturnsEvenWhileOthersAreIndexing() throws Exception {
        int threads = 6;
        int each = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<String>>> missed = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                missed.add(pool.submit(() -> {
                    List<String> notFound = new java.util.ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String word = "gelijktijdig" + thread + "x" + i;
                        index.put(List.of(new SearchIndex.Entry("QA", thread + "-" + i, "Vraag " + word, "Tekst " + word,
                                List.of(), "/q/" + thread + "-" + i, Map.of())));
                        if (index.search(word, publicOnly(), Set.of(), null, 1).isEmpty()) {
                            notFound.add(word);
                        }
                    }
                    return notFound;
                }));
            }
            for (java.util.concurrent.Future<List<String>> result : missed) {
                assertEquals(List.of(), result.get(), "every put is searchable when it returns");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
