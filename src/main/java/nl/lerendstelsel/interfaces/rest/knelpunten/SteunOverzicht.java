package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;

/** Who meets a knelpunt too: the counts and the expressions of support. */
public record SteunOverzicht(long organisaties, long gemeenten, long regios, boolean voorgesteldVoorOpschaling,
                             List<Steunbetuiging> steunbetuigingen) {
}
