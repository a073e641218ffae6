package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A signal in the list. */
public record SignaalKort(String referentie, String titel, @OneOf(SignalStatus.class) String status,
                          @OneOf(Urgency.class) String urgentie, @OneOf(Proposal.class) String voorstel,
                          @NotRequired LocalDate ingediend, @NotRequired LocalDate antwoordUiterlijk, boolean achterstallig,
                          long aantalKnelpunten, @NotRequired @OneOf(Decision.class) String besluit, long versie) {
}
