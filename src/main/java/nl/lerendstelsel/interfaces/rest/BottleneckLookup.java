package nl.lerendstelsel.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.knelpunten.Knelpunt;

/**
 * What every knelpunt resource needs: the caller (401 when nobody is signed in), a knelpunt the caller may see
 * (404 otherwise), and its representation on today's date.
 */
@RequestScoped
public class BottleneckLookup {

    @Inject
    ApiCaller caller;

    @Inject
    BottleneckQueries queries;

    /** The signed-in caller, or 401. */
    public Caller caller() {
        return caller.get();
    }

    /** The knelpunt with this reference if the caller may see it; 404 otherwise. */
    public Bottleneck load(String reference) {
        return queries.find(reference, caller()).orElseThrow(() -> new NotFoundException(
                Message.of("notFound.bottleneck", reference)));
    }

    /** The knelpunt with this reference as the API shows it (after a change: as it is now). */
    public Knelpunt knelpunt(String reference) {
        return knelpunt(load(reference));
    }

    public Knelpunt knelpunt(Bottleneck bottleneck) {
        return Knelpunt.of(bottleneck, queries.today());
    }
}
