package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.Paged;

/** One page of a knelpunt's comments. */
public record Reacties(List<Reactie> reacties, long totaal, int pagina, int paginaGrootte) implements Paged {
}
