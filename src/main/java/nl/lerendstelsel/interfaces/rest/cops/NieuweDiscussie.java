package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** A new thread: a title and the opening post as {@code tekst} (light markup) or {@code html} (sanitised). */
public record NieuweDiscussie(String titel, @NotRequired String tekst, @NotRequired String html) {
}
