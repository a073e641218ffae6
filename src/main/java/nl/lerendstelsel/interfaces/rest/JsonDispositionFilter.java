package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * ASVS V14.4.2: a JSON answer of the API says it is a file to save, not a page to render, so a browser that is led to
 * an API address never interprets it as HTML. Downloads (CSV, PDF, ICS) name their own file and keep it.
 */
@Provider
public class JsonDispositionFilter implements ContainerResponseFilter {

    static final String DISPOSITION = "attachment; filename=\"api.json\"";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (appliesTo(response.getMediaType()) && !response.getHeaders().containsKey(HttpHeaders.CONTENT_DISPOSITION)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_DISPOSITION, DISPOSITION);
        }
    }

    /** JSON and problem+json (any {@code +json} type). */
    static boolean appliesTo(MediaType type) {
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
