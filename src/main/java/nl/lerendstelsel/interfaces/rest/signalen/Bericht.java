package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import nl.lerendstelsel.domain.model.signal.SignalMessage;

/** A message in the exchange between SZW and the coordinator (questions, answers, messages). */
public record Bericht(long id, String soort, String kant, String auteur, String tekst, Instant tijd) {

    public static Bericht of(SignalMessage m) {
        return new Bericht(m.getId(), m.getKind().name(), m.getSide().name(), DisplayName.of(m.getAuthor()), m.getBody(), m.getCreatedAt());
    }
}
