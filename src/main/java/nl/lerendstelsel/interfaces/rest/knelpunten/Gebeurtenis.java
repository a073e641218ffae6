package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.time.Instant;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a knelpunt's history; {@code afhandelcategorie} for a step that ended it. */
@Schema(name = "KnelpuntGebeurtenis")
public record Gebeurtenis(Instant tijdstip, String actie, @NotRequired String door,
                          @NotRequired @OneOf(Level.class) String vanNiveau, @NotRequired @OneOf(Status.class) String vanStatus,
                          @OneOf(Level.class) String naarNiveau, @OneOf(Status.class) String naarStatus,
                          @NotRequired String toelichting, @NotRequired String uitKnelpunt,
                          @NotRequired @OneOf(Resolution.class) String afhandelcategorie) {

    public static Gebeurtenis of(BottleneckEvent e) {
        return new Gebeurtenis(e.getOccurredAt(), e.getActionCode(), e.getActor() == null ? null : e.getActor().getDisplayName(),
                e.getFromLevel() == null ? null : e.getFromLevel().code(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToLevel().code(), e.getToStatus().name(), e.getText(), e.getOriginReference(),
                e.getResolutionCategory() == null ? null : e.getResolutionCategory().name());
    }
}
