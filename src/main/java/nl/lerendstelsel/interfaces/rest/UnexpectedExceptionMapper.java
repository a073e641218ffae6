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
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.infrastructure.persistence.DatabaseUnavailable;

/**
 * Anything unexpected: logged with an incident id, answered with a 500 problem that carries the id and nothing else.
 * The database being unreachable (stopped, restarting) is temporary rather than unexpected: a 503 problem with the
 * incident id and {@code Retry-After}, and one log line instead of a stack trace per request.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    /** Seconds a client is asked to wait before retrying while the database is unavailable. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return toResponse(exception, uriInfo);
    }

    Response toResponse(Throwable exception, UriInfo uri) {
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        if (DatabaseUnavailable.isCause(exception)) {
            LOG.warning(() -> incidentLine(incident, uri) + ": database unavailable ("
                    + DatabaseUnavailable.describe(exception) + ")");
            return Response.fromResponse(Problem.response(503, RuleException.bothLanguages(Message.of("problem.unavailable")),
                            uri.getRequestUri().getPath(), Json.createObjectBuilder().add("incident", incident)))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, incidentLine(incident, uri), exception);
        return Problem.response(500, RuleException.bothLanguages(Message.of("problem.unexpected")), uri.getRequestUri().getPath(), Json.createObjectBuilder().add("incident", incident));
    }

    /**
     * The log line's start: the incident and the path as it came, still percent-encoded, so that a line break in the
     * path cannot forge a line in the server log (ASVS V7.3.1).
     */
    static String incidentLine(String incident, UriInfo uri) {
        return "Incident " + incident + " on /" + uri.getPath(false);
    }
}
