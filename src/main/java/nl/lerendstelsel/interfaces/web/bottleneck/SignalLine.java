package nl.lerendstelsel.interfaces.web.bottleneck;

import java.io.Serializable;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

/** A signal a knelpunt is in, as its page names it: plain values, so the view scope keeps no entity. */
public record SignalLine(String reference, SignalStatus status, Decision decision) implements Serializable {

    static SignalLine of(Signal signal) {
        return new SignalLine(signal.getReference(), signal.getStatus(), signal.getDecision());
    }

    public String getReference() {
        return reference;
    }

    public SignalStatus getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision;
    }
}
