package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message in the exchange between SZW and the coordinator (questions, answers, messages). */
@Schema(name = "SignaalBericht")
public record Bericht(long id, String soort, String kant, String auteur, String tekst, Instant tijd) {

    public static Bericht of(SignalMessage m) {
        return new Bericht(m.getId(), m.getKind().name(), m.getSide().name(), DisplayName.of(m.getAuthor()), m.getBody(), m.getCreatedAt());
    }
}
