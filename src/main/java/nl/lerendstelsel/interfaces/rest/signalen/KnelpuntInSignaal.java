package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;

/** A knelpunt in a signal, in short. */
public record KnelpuntInSignaal(String referentie, String titel, String niveau, String status) {

    public static KnelpuntInSignaal of(Bottleneck b) {
        return new KnelpuntInSignaal(b.getReference(), b.getTitle(), b.getLevel().code(), b.getStatus().name());
    }
}
