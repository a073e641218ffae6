package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.Paged;

/** One page of the signal list. */
public record Signalen(List<SignaalKort> items, long totaal, int pagina, int paginaGrootte) implements Paged {
}
