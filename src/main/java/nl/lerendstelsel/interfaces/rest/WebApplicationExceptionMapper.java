package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Turns the JAX-RS exceptions (404, 405, 403 from role checks, …) into problem details; a 403 is audited. */
@Provider
public class WebApplicationExceptionMapper extends ApplicationExceptionMappers.ProblemMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 403) {
            recordRefusal();
        }
        String detail = exception instanceof ApiException api ? api.getMessage() : null;
        Response problem = problem(status, detail, null);
        if (status == 401) {
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        return problem;
    }
}
