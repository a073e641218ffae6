package nl.lerendstelsel.interfaces.web;

/**
 * A list shown a page at a time: the page asked for (the view parameter {@code pagina}, bound as {@code page}; a number
 * below 1 means the first page) and how many pages there are.
 */
public abstract class PagedList {

    private int page = 1;

    /** How many pages {@code total} items fill at {@code pageSize} a page: at least one, so an empty list has a page. */
    public static long pageCount(long total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
