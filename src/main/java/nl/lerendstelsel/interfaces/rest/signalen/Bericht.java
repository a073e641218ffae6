package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message in the exchange between SZW and the coordinator (questions, answers, messages). */
@Schema(name = "SignaalBericht")
public record Bericht(long id, @OneOf(SignalMessage.Kind.class) String soort, @OneOf(SignalRole.class) String kant,
                      @NotRequired String auteur, String tekst, Instant tijd) {

    public static Bericht of(SignalMessage m) {
        return new Bericht(m.getId(), m.getKind().name(), m.getSide().name(), DisplayName.of(m.getAuthor()), m.getBody(), m.getCreatedAt());
    }
}
