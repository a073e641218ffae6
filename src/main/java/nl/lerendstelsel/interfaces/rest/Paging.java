package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The paging parameters of every list of the API ({@code @BeanParam}): {@code pagina} (1-based, default 1) and
 * {@code paginaGrootte} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}). Anything else is refused with 400 and
 * {@code invalidParams} for each parameter that is wrong. Kept as text so that {@code pagina=abc} is a 400 like
 * {@code pagina=0}, not the 404 Jakarta REST gives a query parameter it cannot convert.
 *
 * <p>A list answers with a {@link Paged} entity (an envelope record, or a {@link PagedList} where the answer is a bare
 * array); {@link PagingHeaders} then adds {@code X-Total-Count} and the {@code Link} header, and {@link OpenApiPaging}
 * documents the parameters and the headers on each operation that takes this bean.
 */
public class Paging {

    public static final String PAGE = "pagina";
    public static final String SIZE = "paginaGrootte";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam(PAGE)
    @DefaultValue("1")
    String page = "1";

    @QueryParam(SIZE)
    @DefaultValue("" + DEFAULT_SIZE)
    String size = "" + DEFAULT_SIZE;

    public Paging() {
    }

    /** For code and tests that page without a request. */
    public static Paging of(String page, String size) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        return paging;
    }

    /** The page asked for, from 1; 400 if either parameter is not accepted. */
    public int page() {
        return valid()[0];
    }

    /** The page size asked for, 1 to {@value #MAX_SIZE}; 400 if either parameter is not accepted. */
    public int size() {
        return valid()[1];
    }

    /** The index of the first item of the page asked for. */
    public int offset() {
        int[] valid = valid();
        return (int) Math.min(Integer.MAX_VALUE, (long) (valid[0] - 1) * valid[1]);
    }

    /** The page asked for out of a whole list (for lists the application gives in one piece). */
    public <T> PagedList<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        return new PagedList<>(all.subList(from, Math.min(all.size(), from + size())), all.size(), page(), size());
    }

    private int[] valid() {
        FieldErrors errors = new FieldErrors();
        int number = parse(page, 1, Integer.MAX_VALUE, 1);
        int items = parse(size, 1, MAX_SIZE, DEFAULT_SIZE);
        if (number < 1) {
            errors.put(PAGE, Message.of("input.paging.page"));
        }
        if (items < 1) {
            errors.put(SIZE, Message.of("input.paging.size", MAX_SIZE));
        }
        errors.throwIfAny();
        return new int[] {number, items};
    }

    /** The number in {@code text} if it lies in {@code [min, max]}, {@code blank} if empty; 0 if out of range or no number. */
    private static int parse(String text, int min, int max, int blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < min || value > max ? 0 : (int) value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
