package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request body for a workflow step: the reason or feedback, the version the caller saw, and for {@code oplossen} and
 * {@code sluiten} the resolution category ({@code afhandelcategorie}, e.g. {@code VERDUIDELIJKT}, {@code DOORVERWEZEN}).
 */
public record Stap(@NotRequired @Schema(example = "Speelt in vijf gemeenten in de regio: opschalen naar schakelniveau.") String toelichting, @NotRequired Long versie,
                   @NotRequired @OneOf(Resolution.class) String afhandelcategorie) {
    // one constructor only: JSON-B binds a record through its single canonical constructor
}
