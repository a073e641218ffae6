package nl.lerendstelsel.domain.model.statistics;

import java.util.List;

/**
 * A report as plain content, for the renderings in the infrastructure layer (an accessible PDF, a ZIP of CSV tables):
 * a title, the language of its text (a BCP 47 tag such as {@code nl-NL}), introductory paragraphs and sections of
 * paragraphs and captioned tables. A table marked as a chart is also drawn as horizontal bars of its second column.
 */
public record ReportDocument(String title, String language, List<String> introduction, List<Section> sections) {

    public ReportDocument {
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
    }

    /** Whether the text is English (otherwise Dutch). */
    public boolean english() {
        return language.startsWith("en");
    }

    /** Every table of the report, in order. */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** A section: a heading, paragraphs, then tables. */
    public record Section(String heading, List<String> paragraphs, List<Table> tables) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }
    }

    /**
     * A table: its {@code name} for file names, its caption, column headers and rows of text; {@code chart}: draw the
     * rows as bars too (label: the first column, length: the whole number in the second).
     */
    public record Table(String name, String caption, List<String> headers, List<List<String>> rows, boolean chart) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The rows that can be drawn as a bar: those with a whole, non-negative number in the second column. */
        public List<Bar> bars() {
            return rows.stream().filter(r -> r.size() > 1 && r.get(1).matches("\\d{1,18}"))
                    .map(r -> new Bar(r.get(0), Long.parseLong(r.get(1)))).toList();
        }
    }

    /** One bar of a chart. */
    public record Bar(String label, long value) {
    }
}
