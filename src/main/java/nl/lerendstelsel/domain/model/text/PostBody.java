package nl.lerendstelsel.domain.model.text;

/**
 * The content of a discussion post: {@code source} as the author wrote it (the markup of {@link RichText}, or HTML from
 * an API client, already sanitised) and the sanitised {@code html} shown to readers.
 */
public record PostBody(String source, String html) {

    /** From the light markup the forms use: rendered by {@link RichText}, then through the sanitiser all the same. */
    public static PostBody fromMarkup(String text) {
        String source = text == null ? "" : text.strip();
        return new PostBody(source, HtmlSanitizer.clean(RichText.toHtml(source)));
    }

    /** From HTML (API clients, rich editors): only what the allow-list keeps is stored, as source and as HTML. */
    public static PostBody fromHtml(String html) {
        String clean = HtmlSanitizer.clean(html == null ? "" : html.strip());
        return new PostBody(clean, clean);
    }

    /** The text readers see plus link targets, for the personal-data guard and for finding mentions. */
    public String visibleText() {
        return HtmlSanitizer.visibleText(html);
    }

    public boolean isBlank() {
        return HtmlSanitizer.visibleText(html).isBlank();
    }
}
