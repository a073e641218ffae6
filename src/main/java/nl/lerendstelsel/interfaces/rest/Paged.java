package nl.lerendstelsel.interfaces.rest;

/**
 * An answer that is one page of a list: how many there are in all, which page this is and how many a page holds (the
 * envelopes' fields {@code totaal}, {@code pagina} and {@code paginaGrootte}). {@link PagingHeaders} turns it into the
 * {@code X-Total-Count} and {@code Link} headers.
 */
public interface Paged {

    /** All items of the list, over all pages. */
    long totaal();

    /** This page, from 1. */
    int pagina();

    /** The most items a page holds. */
    int paginaGrootte();
}
