package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.time.Instant;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** One organisation's "ook bij ons". */
public record Steunbetuiging(String organisatie, @NotRequired String gemeente, @NotRequired String toelichting, Instant op) {

    public static Steunbetuiging of(Support s) {
        return new Steunbetuiging(s.getOrganisation().getCode(), s.getGemeente() == null ? null : s.getGemeente().getCode(),
                s.getNote(), s.getSupportedAt());
    }
}
