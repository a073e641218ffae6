package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.lerendstelsel.domain.model.text.RichText;

/** Pages show written text through this: {@code <h:outputText value="#{richText.html(text)}" escape="false"/>}. */
@Named("richText")
@ApplicationScoped
public class RichTextView {

    /** Safe HTML for text with the platform's small markup ({@link RichText}). */
    public String html(String text) {
        return RichText.toHtml(text);
    }
}
