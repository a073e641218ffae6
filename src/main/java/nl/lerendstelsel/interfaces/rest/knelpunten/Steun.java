package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Request body for "ook bij ons": the gemeente where a partner organisation meets it (gemeenten: ignored), and a note. */
public record Steun(String gemeente, String toelichting) {
}
