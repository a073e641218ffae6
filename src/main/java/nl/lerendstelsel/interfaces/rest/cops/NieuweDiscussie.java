package nl.lerendstelsel.interfaces.rest.cops;

/** A new thread: a title and the opening post as {@code tekst} (light markup) or {@code html} (sanitised). */
public record NieuweDiscussie(String titel, String tekst, String html) {
}
