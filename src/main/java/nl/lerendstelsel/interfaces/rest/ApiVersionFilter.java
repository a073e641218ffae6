package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** API Design Rule API-57: every response names the full API version. */
@Provider
public class ApiVersionFilter implements ContainerResponseFilter {

    static final String VERSION = "1.0.0";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", VERSION);
    }
}
