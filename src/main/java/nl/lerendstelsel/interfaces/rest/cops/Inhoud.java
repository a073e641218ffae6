package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.application.community.DiscussionService;

/** A post's content: {@code tekst} (light markup) or {@code html}; {@code versie} when editing. */
public record Inhoud(String tekst, String html, Long versie) {

    public DiscussionService.Body body() {
        return new DiscussionService.Body(tekst, html);
    }
}
