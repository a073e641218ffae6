package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;

/** One page of the knelpunten list. */
public record Pagina(List<Knelpunt> knelpunten, long totaal, int pagina, int paginaGrootte) {
}
