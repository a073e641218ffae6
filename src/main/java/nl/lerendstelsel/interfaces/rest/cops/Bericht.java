package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A post as the reader sees it: {@code html} is empty when it is not shown to them, and {@code status} with
 * {@code reden} says why (VERWIJDERD_DOOR_AUTEUR, IN_BEOORDELING, VERBORGEN, VERWIJDERD).
 */
@Schema(name = "CopBericht")
public record Bericht(long id, long discussie, String auteur, String gebruikersnaam, String html, @NotRequired String tekst,
                      Instant geplaatstOp, @NotRequired Instant bewerktOp, String status, @NotRequired String reden,
                      boolean nieuw, boolean eigen, long versie) {

    public static Bericht of(DiscussionQueries.PostView v) {
        Post p = v.post();
        boolean shown = !v.html().isEmpty();
        return new Bericht(p.getId(), p.getThread().getId(), p.getAuthor().getDisplayName(), p.getAuthor().getUsername(),
                v.html(), shown && v.mine() ? p.getBody() : null, p.getCreatedAt(), p.getEditedAt(),
                p.isDeleted() ? "VERWIJDERD_DOOR_AUTEUR" : p.getStatus().name(),
                p.isDeleted() || p.getStatus() == PostStatus.ZICHTBAAR || p.getStatus() == PostStatus.IN_BEOORDELING && !v.mine()
                        ? null : p.getStatusReason(), v.isNew(), v.mine(), p.getVersion());
    }

    /** The caller's own post, just written, changed or deleted. */
    public static Bericht own(Post p) {
        return of(new DiscussionQueries.PostView(p, p.isDeleted() ? "" : p.getBodyHtml(), false, true));
    }
}
