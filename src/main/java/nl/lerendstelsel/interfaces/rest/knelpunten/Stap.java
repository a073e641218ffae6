package nl.lerendstelsel.interfaces.rest.knelpunten;

/**
 * Request body for a workflow step: the reason or feedback, the version the caller saw, and for {@code oplossen} and
 * {@code sluiten} the resolution category ({@code afhandelcategorie}, e.g. {@code VERDUIDELIJKT}, {@code DOORVERWEZEN}).
 */
public record Stap(String toelichting, Long versie, String afhandelcategorie) {
    // one constructor only: JSON-B binds a record through its single canonical constructor
}
