package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A flagged post in the moderation queue, with its flags. */
public record TeBeoordelen(long bericht, long discussie, long cop, String discussieTitel, String auteur, String html,
                           @OneOf(PostStatus.class) String status, List<Melding> meldingen) {
}
