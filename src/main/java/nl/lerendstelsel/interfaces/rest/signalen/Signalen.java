package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;

/** One page of the signal list. */
public record Signalen(List<SignaalKort> items, long totaal, int pagina, int paginaGrootte) {
}
