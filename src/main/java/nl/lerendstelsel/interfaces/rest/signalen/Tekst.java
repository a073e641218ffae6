package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for a step with a text (questions, answers, a message, a note when closing). */
public record Tekst(@NotRequired String tekst, @NotRequired Long versie) {

    /** The text of a body that may be absent. */
    public static String tekstOf(Tekst body) {
        return body == null ? null : body.tekst();
    }

    /** The version of a body that may be absent. */
    public static Long versieOf(Tekst body) {
        return body == null ? null : body.versie();
    }
}
