package nl.lerendstelsel.interfaces.rest.signalen;

/** Request body for a step with a text (questions, answers, a message, a note when closing). */
public record Tekst(String tekst, Long versie) {
}
