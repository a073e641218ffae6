package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.Flag;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A flag on a post: why, by whom and when. */
@Schema(name = "CopMelding")
public record Melding(long id, long bericht, @OneOf(FlagReason.class) String reden, @NotRequired String toelichting,
                      String door, Instant op) {

    public static Melding of(Flag f) {
        return new Melding(f.getId(), f.getPost().getId(), f.getReason().name(), f.getNote(), f.getFlagger().getDisplayName(),
                f.getCreatedAt());
    }
}
