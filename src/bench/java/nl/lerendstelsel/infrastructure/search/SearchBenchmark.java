package nl.lerendstelsel.infrastructure.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.lerendstelsel.bench.DutchText;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The search benchmark (not a test): fills an on-disk index with the reference volume of quality.md (10,000 Q&amp;A
 * entries, 100,000 knelpunten; realistic Dutch sentences from the seeded generator of the reference data, {@link DutchText}), then times queries as anonymous and as
 * signed-in readers and suggestions. Run with {@code tools/bench-search.sh [knelpunten] [qa]}.
 */
public final class SearchBenchmark {

    private static final String[] THEMES = {"brede-intake", "pip", "b1-route", "onderwijsroute", "zelfredzaamheidsroute",
            "leerbaarheidstoets", "ontzorgen", "warme-overdracht-coa", "huisvesting", "taal", "financiering"};
    private static final String[] QUERIES = {"leerroutes", "warme overdracht", "kinderopvang taallessen", "termijn PIP", "wachttijden",
            "leerbaarheidstoets regio", "ontzorgen vaste lasten", "analfabeten", "tolken kosten", "verhuizing", "onderwijsroute plekken",
            "participatieverklaring", "module arbeidsmarkt", "digitaal"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int knelpunten = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int qa = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("lerend-search-bench");
        SearchIndex index = new SearchIndex();
        index.directoryPath = dir.toString();
        index.open();
        Random random = new Random(42);
        DutchText text = new DutchText(random);
        long started = System.nanoTime();
        List<SearchIndex.Entry> batch = new ArrayList<>();
        for (int i = 0; i < qa + knelpunten; i++) {
            boolean isQa = i < qa;
            String theme = THEMES[random.nextInt(THEMES.length)];
            String title = isQa ? text.qaQuestion() : text.title(theme);
            String body = isQa ? text.qaAnswer() : text.description(theme, title, "Utrecht");
            batch.add(isQa ? new SearchIndex.Entry("QA", String.valueOf(i), title, body, List.of(theme), "/q", Map.of())
                    : new SearchIndex.Entry("KNELPUNT", "KP-2026-" + i, title, body, List.of(theme), "/k", Map.of(
                    SearchIndex.RESTRICTED, random.nextInt(10) == 0 ? "1" : "0", SearchIndex.ORGANISATION, "GM0" + (100 + random.nextInt(342)),
                    SearchIndex.REPORTER, "r" + random.nextInt(5000), SearchIndex.LEVEL, "EXECUTION")));
            if (batch.size() == 1000) {
                index.put(batch);
                batch.clear();
            }
        }
        index.put(batch);
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Indexed %,d documents (%,d Q&A, %,d knelpunten) in %.1f s; index size %,d KB%n", index.size(), qa, knelpunten,
                indexSeconds, Files.walk(dir).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024);

        Query anonymous = new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.KIND, "QA")), BooleanClause.Occur.SHOULD).build();
        Query signedIn = new BooleanQuery.Builder().add(anonymous, BooleanClause.Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.KIND, "KNELPUNT")), BooleanClause.Occur.FILTER)
                        .add(new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.RESTRICTED, "0")), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term(SearchIndex.ORGANISATION, "GM0344")), BooleanClause.Occur.SHOULD).build(),
                                BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD).build();
        for (int warm = 0; warm < 200; warm++) {
            index.search(QUERIES[warm % QUERIES.length], signedIn, Set.of(), null, 20);
        }
        report("search, anonymous (Q&A only)", time(() -> index.search(QUERIES[random.nextInt(QUERIES.length)], anonymous, Set.of(), null, 20)));
        report("search, signed in (Q&A + visible knelpunten)",
                time(() -> index.search(QUERIES[random.nextInt(QUERIES.length)], signedIn, Set.of(), null, 20)));
        report("suggestions while typing", time(() -> index.suggest(QUERIES[random.nextInt(QUERIES.length)].substring(0, 5), signedIn, 6)));
        index.close();
    }

    private static long[] time(Runnable query) {
        long[] nanos = new long[500];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            query.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-48s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (500 queries)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

}
