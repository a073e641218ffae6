package nl.lerendstelsel.interfaces.rest.cops;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body for the caller's answer to a meeting: JA, NEE or MISSCHIEN. */
@Schema(name = "CopAntwoord")
public record Antwoord(String antwoord) {
}
