package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a signal's history; an interim answer also gives the answer deadline before it and the one it set. */
@Schema(name = "SignaalGebeurtenis")
public record Gebeurtenis(String stap, @NotRequired @OneOf(SignalStatus.class) String van,
                          @OneOf(SignalStatus.class) String naar, @NotRequired String door, @NotRequired String toelichting,
                          Instant tijd, @NotRequired LocalDate vorigeTermijn, @NotRequired LocalDate nieuweTermijn) {

    /** The entry for a reader who does or does not read the clarification thread ({@code SignalQueries.readsThread}). */
    public static Gebeurtenis of(SignalEvent e, boolean threadReader) {
        return new Gebeurtenis(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(),
                DisplayName.of(e.getActor()), SignalQueries.textOf(e, threadReader), e.getOccurredAt(), e.getDueBefore(), e.getDueAfter());
    }
}
