package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.Paged;

/** A discussion with one page of its posts, and whether the caller follows it. */
public record DiscussieMetBerichten(Discussie discussie, List<Bericht> berichten, long totaal, int pagina,
                                    int paginaGrootte, boolean volgend) implements Paged {
}
