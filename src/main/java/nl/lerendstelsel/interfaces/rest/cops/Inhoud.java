package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** A post's content: {@code tekst} (light markup) or {@code html}; {@code versie} when editing. */
public record Inhoud(@NotRequired String tekst, @NotRequired String html, @NotRequired Long versie) {

    public DiscussionService.Body body() {
        return new DiscussionService.Body(tekst, html);
    }
}
