package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body for the caller's answer to a meeting: JA, NEE or MISSCHIEN. */
@Schema(name = "CopAntwoord")
public record Antwoord(@OneOf(RsvpAnswer.class) String antwoord) {
}
