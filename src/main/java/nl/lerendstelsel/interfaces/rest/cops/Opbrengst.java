package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.Outcome;

/** An outcome of a CoP (an insight, a good practice or a knelpunt), from a meeting or a discussion, shared or not. */
public record Opbrengst(long id, long cop, String copNaam, String soort, String titel, String omschrijving, Long bijeenkomst,
                        Long discussie, String knelpunt, boolean gedeeld, Instant gedeeldOp, Instant vastgelegdOp) {

    public static Opbrengst of(Outcome o) {
        return new Opbrengst(o.getId(), o.getCommunity().getId(), o.getCommunity().getName(), o.getKind().name(), o.getTitle(),
                o.getDescription(), o.getMeeting() == null ? null : o.getMeeting().getId(),
                o.getThread() == null ? null : o.getThread().getId(),
                o.getBottleneck() == null ? null : o.getBottleneck().getReference(), o.isShared(), o.getSharedAt(), o.getCreatedAt());
    }
}
