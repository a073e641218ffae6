package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the knelpunten list. */
@Schema(name = "KnelpuntenPagina")
public record Pagina(List<Knelpunt> knelpunten, long totaal, int pagina, int paginaGrootte) implements Paged {
}
