package nl.lerendstelsel.application.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** The feedback every knelpunt of an answered signal gets: which signal, the decision, the forum, the response. */
class SignalFeedbackTest {

    private final UserProfile ministry = new UserProfile(new IdentityClaims("sub-m", "ministry", "Eva Mulder", null, null,
            EnumSet.of(Role.MINISTRY)), null, Instant.EPOCH);

    @Test
    void aReferralNamesItsForum() {
        Signal signal = new Signal("SIG-2026-004", ministry, Instant.EPOCH);
        signal.respond(Decision.DOORVERWEZEN, "Wij bespreken dit met de VNG.", "Bestuurlijk Overleg", ministry);
        assertEquals("Antwoord van het ministerie van SZW op signaal SIG-2026-004 (besluit: doorverwezen), doorverwezen naar "
                + "Bestuurlijk Overleg:\n\nWij bespreken dit met de VNG.", SignalService.feedback(signal));
    }

    @Test
    void anAdoptedDecisionCarriesTheResponse() {
        Signal signal = new Signal("SIG-2026-005", ministry, Instant.EPOCH);
        signal.respond(Decision.OVERGENOMEN, "Er komt een beslistermijn van acht weken.", null, ministry);
        assertEquals("Antwoord van het ministerie van SZW op signaal SIG-2026-005 (besluit: overgenomen):\n\n"
                + "Er komt een beslistermijn van acht weken.", SignalService.feedback(signal));
    }
}
