package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for "ook bij ons": the gemeente where a partner organisation meets it (gemeenten: ignored), and a note. */
public record Steun(@NotRequired String gemeente, @NotRequired String toelichting) {
}
