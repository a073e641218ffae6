package nl.lerendstelsel.infrastructure.search;

import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY_KP;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.ID;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.KIND;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.LINK;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.THEME;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE_KP;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE_WORDS;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.VALID_UNTIL;

import nl.lerendstelsel.application.port.FullTextSearch;
import nl.lerendstelsel.domain.model.text.HtmlSanitizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link FullTextSearch.Entry} as a Lucene document: its key ({@code kind:id}), the reference as a stored field and as
 * doc values (read by similar-knelpunten without decompressing stored text), title and visible text in each analysed
 * field, and the visibility fields (the answer's end date as a point field).
 */
final class IndexedDocument {

    /** The field that holds the item's own reference ({@code KP-2026-0001}, a Q&A id). */
    static final String REF = "ref";

    private IndexedDocument() {
    }

    /** The document's unique key in the index. */
    static String key(String kind, String id) {
        return kind + ":" + id;
    }

    static Document of(FullTextSearch.Entry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, key(entry.kind(), entry.id()), Field.Store.YES));
        doc.add(new StoredField(REF, entry.id()));
        doc.add(new SortedDocValuesField(REF, new BytesRef(entry.id())));
        doc.add(new StringField(KIND, entry.kind(), Field.Store.YES));
        for (String theme : entry.themes()) {
            doc.add(new StringField(THEME, theme, Field.Store.NO));
        }
        doc.add(new TextField(TITLE, entry.title(), Field.Store.YES));
        doc.add(new TextField(TITLE_WORDS, entry.title(), Field.Store.NO));
        String body = HtmlSanitizer.visibleText(entry.body()).strip();
        doc.add(new TextField(BODY, body, Field.Store.YES));
        doc.add(new TextField(TITLE_KP, entry.title(), Field.Store.NO));
        doc.add(new TextField(BODY_KP, body, Field.Store.NO));
        if (entry.link() != null) {
            doc.add(new StoredField(LINK, entry.link()));
        }
        entry.access().forEach((field, value) -> {
            if (value != null && field.equals(VALID_UNTIL)) {
                doc.add(new LongPoint(VALID_UNTIL, Long.parseLong(value)));
            } else if (value != null) {
                doc.add(new StringField(field, value, Field.Store.NO));
            }
        });
        return doc;
    }
}
