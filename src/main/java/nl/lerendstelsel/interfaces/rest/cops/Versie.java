package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An earlier text of an edited post. */
@Schema(name = "CopVersie")
public record Versie(String html, Instant geschrevenOp) {
}
