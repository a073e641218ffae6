package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.signal.Evidence;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** The evidence of a signal, derived from its knelpunten: how many, from which organisations, gemeenten, regions and themes. */
public record Bewijs(int aantalKnelpunten, List<String> organisaties, List<String> gemeenten, List<String> regios,
                     List<String> themas, @NotRequired LocalDate eersteMelding, @NotRequired LocalDate laatsteMelding) {

    public static Bewijs of(Evidence e) {
        return new Bewijs(e.knelpunten(), sorted(e.organisations()), sorted(e.gemeenten()), sorted(e.regions()), sorted(e.themes()),
                e.firstReported().orElse(null), e.latestReported().orElse(null));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
