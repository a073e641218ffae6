package nl.lerendstelsel.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.interfaces.rest.signalen.Signaal;

/**
 * What every signal resource needs: the caller (401 when nobody is signed in) and a signal as the API shows it to
 * that caller (404 when they may not see it).
 */
@RequestScoped
public class SignalLookup {

    @Inject
    ApiCaller caller;

    @Inject
    SignalQueries queries;

    /** The signed-in caller, or 401. */
    public Caller caller() {
        return caller.get();
    }

    /** The signal with this reference as the caller sees it (after a step: as it is now). */
    public Signaal signaal(String reference) {
        return Signaal.of(queries.view(reference, caller()));
    }
}
