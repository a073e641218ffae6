package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;

/** One page of a knelpunt's comments. */
public record Reacties(List<Reactie> reacties, long totaal, int pagina, int paginaGrootte) {
}
