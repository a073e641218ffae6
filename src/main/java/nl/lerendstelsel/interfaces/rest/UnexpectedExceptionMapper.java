package nl.lerendstelsel.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged with an incident id, answered with a 500 problem that carries the id and nothing else. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return toResponse(exception, uriInfo);
    }

    Response toResponse(Throwable exception, UriInfo uri) {
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Incident " + incident + " on /" + uri.getPath(), exception);
        return Problem.response(500,
                "Er ging iets mis; noem het incidentnummer bij contact. / Something went wrong; quote the incident number.",
                uri.getRequestUri().getPath(), Json.createObjectBuilder().add("incident", incident));
    }
}
