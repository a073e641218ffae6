package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.OutcomeRevision;

/** An earlier version of an edited outcome: title and text as its writer left them. */
public record OpbrengstVersie(String titel, String omschrijving, String geschrevenDoor, Instant geschrevenOp) {

    public static OpbrengstVersie of(OutcomeRevision r) {
        return new OpbrengstVersie(r.getTitle(), r.getDescription(), r.getWrittenBy().getDisplayName(), r.getWrittenAt());
    }
}
