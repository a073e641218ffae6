package nl.lerendstelsel.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.lerendstelsel.interfaces.security.AccessDenials;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** Turns the JAX-RS exceptions (404, 405, 403 from role checks, …) into problem details; a 403 is audited. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDenials denials;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 403) {
            ApplicationExceptionMappers.recordRefusal(currentUser, denials, request);
        }
        String detail = exception instanceof ApiException api ? api.getMessage() : null;
        Response problem = Problem.response(status, detail, uriInfo.getRequestUri().getPath(), null);
        if (status == 401) {
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        return problem;
    }
}
