package nl.lerendstelsel.domain.model.law;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A reference to an article (and optionally a paragraph, "lid") of one of the regulations, shown as a readable
 * citation: "artikel 15, tweede lid, van de Wet inburgering 2021".
 */
@Embeddable
public class LawReference {

    private static final Pattern ARTICLE = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?[a-z]?");
    private static final String[] ORDINALS = {"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
            "negende", "tiende", "elfde", "twaalfde"};

    /** A reference that cannot be read or does not name a valid article or paragraph; {@link #reason()} says why. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient Message reason;

        Invalid(Message reason) {
            super(reason.in(Message.DUTCH));
            this.reason = reason;
        }

        /** Why, to be read in the person's language. */
        public Message reason() {
            return reason;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "law", nullable = false, length = 10)
    private Law law;

    @Column(name = "article", nullable = false, length = 10)
    private String article;

    @Column(name = "paragraph")
    private Integer paragraph;

    protected LawReference() {
    }

    public LawReference(Law law, String article, Integer paragraph) {
        this.law = Objects.requireNonNull(law, "law");
        this.article = article == null ? "" : article.strip();
        if (!ARTICLE.matcher(this.article).matches()) {
            throw new Invalid(Message.of("input.qa.lawArticle", String.valueOf(article)));
        }
        if (paragraph != null && (paragraph < 1 || paragraph > 99)) {
            throw new Invalid(Message.of("input.qa.lawParagraph"));
        }
        this.paragraph = paragraph;
    }

    /** "artikel 15, tweede lid, van de Wet inburgering 2021"; "artikel 5.5 van het Besluit inburgering 2021". */
    public String citation() {
        StringBuilder text = new StringBuilder("artikel ").append(article);
        if (paragraph != null) {
            text.append(", ").append(paragraph <= ORDINALS.length ? ORDINALS[paragraph - 1] : paragraph + "e").append(" lid,");
        }
        return text.append(" van ").append(law.titleWithArticle()).toString();
    }

    /**
     * The article (and paragraph) in the text in force on wetten.overheid.nl, by its Juriconnect reference:
     * {@code https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=15&lid=2}.
     */
    public String link() {
        return "https://wetten.overheid.nl/jci1.3:c:" + law.bwbId() + "&artikel=" + article + (paragraph == null ? "" : "&lid=" + paragraph);
    }

    /** The short form people type and the API uses: {@code WI2021 art. 15 lid 2}. */
    public String code() {
        return law.name() + " art. " + article + (paragraph == null ? "" : " lid " + paragraph);
    }

    /** Reads the short form ({@code WI2021 art. 15 lid 2}, case and spaces free). */
    public static LawReference parse(String code) {
        var m = Pattern.compile("(?i)\\s*(WI2021|BI2021|RI2021)\\s+art(?:ikel|\\.)?\\s*([0-9][0-9.]*[a-z]?)(?:\\s+lid\\s+(\\d{1,2}))?\\s*")
                .matcher(code == null ? "" : code);
        if (!m.matches()) {
            throw new Invalid(Message.of("input.qa.lawReference"));
        }
        return new LawReference(Law.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), m.group(2),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public Law getLaw() {
        return law;
    }

    public String getArticle() {
        return article;
    }

    public Integer getParagraph() {
        return paragraph;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LawReference r && law == r.law && article.equals(r.article) && Objects.equals(paragraph, r.paragraph);
    }

    @Override
    public int hashCode() {
        return Objects.hash(law, article, paragraph);
    }

    @Override
    public String toString() {
        return code();
    }
}
