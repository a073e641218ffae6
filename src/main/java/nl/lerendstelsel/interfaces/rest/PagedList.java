package nl.lerendstelsel.interfaces.rest;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * One page of a list that the API answers as a bare JSON array (as it did before paging, so v1 clients keep working):
 * it is written as the array of its items, and the total and the way on travel in the headers ({@link PagingHeaders}).
 */
public final class PagedList<T> extends AbstractList<T> implements Paged, RandomAccess {

    private final List<T> items;
    private final long total;
    private final int page;
    private final int size;

    public PagedList(List<T> items, long total, int page, int size) {
        this.items = List.copyOf(items);
        this.total = total;
        this.page = page;
        this.size = size;
    }

    /** The same page with each item turned into another. */
    public <R> PagedList<R> map(Function<? super T, ? extends R> mapper) {
        return new PagedList<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public long totaal() {
        return total;
    }

    @Override
    public int pagina() {
        return page;
    }

    @Override
    public int paginaGrootte() {
        return size;
    }
}
