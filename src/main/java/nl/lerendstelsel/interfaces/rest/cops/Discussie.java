package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** A discussion thread of a CoP; {@code ongelezen} only in the CoP's list. */
public record Discussie(long id, long cop, String titel, String auteur, Instant gestartOp, Instant laatsteBerichtOp,
                        int berichten, boolean vastgezet, boolean gesloten, @NotRequired Boolean ongelezen) {

    public static Discussie of(DiscussionThread t, Boolean unread) {
        return new Discussie(t.getId(), t.getCommunity().getId(), t.getTitle(), t.getAuthor().getDisplayName(),
                t.getCreatedAt(), t.getLastPostAt(), t.getPostCount(), t.isPinned(), t.isLocked(), unread);
    }
}
