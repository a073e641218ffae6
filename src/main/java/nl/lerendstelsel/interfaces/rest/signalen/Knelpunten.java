package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body for adding knelpunten. */
@Schema(name = "SignaalKnelpunten")
public record Knelpunten(List<String> knelpunten, @NotRequired Long versie) {
}
