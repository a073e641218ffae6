package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import nl.lerendstelsel.domain.model.signal.SignalEvent;

/** One entry of a signal's history. */
public record Gebeurtenis(String stap, String van, String naar, String door, String toelichting, Instant tijd) {

    public static Gebeurtenis of(SignalEvent e) {
        return new Gebeurtenis(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(),
                DisplayName.of(e.getActor()), e.getText(), e.getOccurredAt());
    }
}
