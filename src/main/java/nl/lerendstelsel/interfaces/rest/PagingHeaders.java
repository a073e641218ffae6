package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * On every page of a list ({@link Paged}, envelope or bare array): {@code X-Total-Count}, the number of items over all
 * pages, and an RFC 8288 {@code Link} header to the first, previous, next and last page (previous and next only where
 * there is one), each the request's own address with {@code pagina} and {@code paginaGrootte} set, so the other filters
 * and the sort order stay.
 */
@Provider
public class PagingHeaders implements ContainerResponseFilter {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Paged page) {
            UriBuilder address = request.getUriInfo().getRequestUriBuilder();
            response.getHeaders().putSingle(TOTAL_COUNT, page.totaal());
            response.getHeaders().putSingle(LINK, String.join(", ", targets(page).entrySet().stream()
                    .map(target -> "<" + address.clone().replaceQueryParam(Paging.PAGE, target.getValue())
                            .replaceQueryParam(Paging.SIZE, page.paginaGrootte()).build() + ">; rel=\"" + target.getKey() + "\"")
                    .toList()));
        }
    }

    /** The page per relation: first, prev (if this is not the first), next (if this is not the last), last. */
    static Map<String, Long> targets(Paged page) {
        long last = Math.max(1, (page.totaal() + page.paginaGrootte() - 1) / page.paginaGrootte());
        Map<String, Long> targets = new LinkedHashMap<>();
        targets.put("first", 1L);
        if (page.pagina() > 1) {
            targets.put("prev", Math.min(page.pagina() - 1L, last));
        }
        if (page.pagina() < last) {
            targets.put("next", page.pagina() + 1L);
        }
        targets.put("last", last);
        return targets;
    }
}
