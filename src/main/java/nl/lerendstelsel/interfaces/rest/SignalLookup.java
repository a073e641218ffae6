package nl.lerendstelsel.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.interfaces.rest.signalen.Signaal;

/**
 * What every signal resource needs: the caller (401 when nobody is signed in), a signal as the API shows it to that
 * caller (404 when they may not see it), and a step followed by the signal as it is after it.
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

    /** A step on a signal, taken by the signed-in caller. */
    @FunctionalInterface
    public interface Step {
        void take(Caller caller);
    }

    /** Takes {@code step} as the signed-in caller (401 when nobody is), then answers with the signal as it is now. */
    public Signaal after(String reference, Step step) {
        step.take(caller());
        return signaal(reference);
    }

    /** The signal with this reference as the caller sees it (after a step: as it is now). */
    public Signaal signaal(String reference) {
        return Signaal.of(queries.view(reference, caller()));
    }
}
