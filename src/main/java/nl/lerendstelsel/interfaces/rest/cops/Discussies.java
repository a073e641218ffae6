package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.Paged;

/** One page of a CoP's discussions. */
public record Discussies(List<Discussie> discussies, long totaal, int pagina, int paginaGrootte) implements Paged {
}
