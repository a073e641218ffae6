package nl.lerendstelsel.infrastructure.search;

import static nl.lerendstelsel.infrastructure.search.SearchIndex.COP;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.KIND;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.LEVEL;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.ORGANISATION;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.REPORTER;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.RESTRICTED;

import java.util.List;
import nl.lerendstelsel.application.port.FullTextSearch.Reader;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.search.ContentChanged.Kind;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a {@link Reader} may find, as a filter on the fields each document carries: answers, knowledge and practice examples for
 * everyone, shared CoP outcomes (only those are indexed) for everyone signed in, knelpunten and CoP posts by the same
 * rules as the pages. The first of two locks: every hit is checked
 * against the database once more before it is shown.
 */
final class VisibilityFilter {

    private VisibilityFilter() {
    }

    static Query of(Reader reader) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermInSetQuery(KIND, List.of(new BytesRef(Kind.QA.name()), new BytesRef(Kind.KENNIS.name()),
                new BytesRef(Kind.PRAKTIJK.name()))), Occur.SHOULD);
        if (!reader.signedIn()) {
            return any.build();
        }
        BooleanQuery.Builder knelpunt = new BooleanQuery.Builder().add(kind(Kind.KNELPUNT), Occur.FILTER);
        if (!reader.handler()) {
            BooleanQuery.Builder allowed = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(RESTRICTED, "0")), Occur.SHOULD)
                    .add(new TermQuery(new Term(REPORTER, reader.subject())), Occur.SHOULD);
            if (reader.organisationCode() != null) {
                allowed.add(new TermQuery(new Term(ORGANISATION, reader.organisationCode())), Occur.SHOULD);
            }
            if (reader.ministry()) {
                allowed.add(new TermQuery(new Term(LEVEL, Level.SYSTEM.name())), Occur.SHOULD);
            }
            knelpunt.add(allowed.build(), Occur.FILTER);
        }
        any.add(knelpunt.build(), Occur.SHOULD);
        any.add(kind(Kind.OPBRENGST), Occur.SHOULD);
        BooleanQuery.Builder posts = new BooleanQuery.Builder().add(kind(Kind.BERICHT), Occur.FILTER);
        if (reader.communities() != null) {
            if (reader.communities().isEmpty()) {
                return any.build();
            }
            posts.add(new TermInSetQuery(COP, reader.communities().stream().map(id -> new BytesRef(String.valueOf(id))).toList()),
                    Occur.FILTER);
        }
        any.add(posts.build(), Occur.SHOULD);
        return any.build();
    }

    private static Query kind(Kind kind) {
        return new TermQuery(new Term(KIND, kind.name()));
    }
}
