package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a signal's history; an interim answer also gives the answer deadline before it and the one it set. */
@Schema(name = "SignaalGebeurtenis")
public record Gebeurtenis(String stap, String van, String naar, String door, String toelichting, Instant tijd,
                          LocalDate vorigeTermijn, LocalDate nieuweTermijn) {

    /** The entry for a reader who does or does not read the clarification thread ({@code SignalQueries.readsThread}). */
    public static Gebeurtenis of(SignalEvent e, boolean threadReader) {
        return new Gebeurtenis(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(),
                DisplayName.of(e.getActor()), SignalQueries.textOf(e, threadReader), e.getOccurredAt(), e.getDueBefore(), e.getDueAfter());
    }
}
