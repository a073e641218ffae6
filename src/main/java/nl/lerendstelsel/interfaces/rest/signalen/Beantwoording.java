package nl.lerendstelsel.interfaces.rest.signalen;

/** Request body for the formal response. */
public record Beantwoording(String besluit, String antwoord, String forum, Long versie) {
}
