package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A knelpunt in a signal, in short. */
public record KnelpuntInSignaal(String referentie, String titel, @OneOf(Level.class) String niveau,
                                @OneOf(Status.class) String status) {

    public static KnelpuntInSignaal of(Bottleneck b) {
        return new KnelpuntInSignaal(b.getReference(), b.getTitle(), b.getLevel().code(), b.getStatus().name());
    }
}
