package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.time.Instant;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** A comment on a knelpunt. */
public record Reactie(long id, String door, @NotRequired String organisatie, String tekst, Instant op) {

    public static Reactie of(Comment c) {
        return new Reactie(c.getId(), c.getAuthor().getDisplayName(),
                c.getAuthor().getOrganisation() == null ? null : c.getAuthor().getOrganisation().getCode(), c.getBody(),
                c.getCreatedAt());
    }
}
