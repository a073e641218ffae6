package nl.lerendstelsel.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * An RFC 9457 problem detail, the only shape errors of the API take. Titles and details are Dutch and English ("Nederlands /
 * English", from the message bundles); {@link ProblemLanguageFilter} keeps the half the client asks for.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    /**
     * The problem response: {@code type}, {@code title} (from the status), {@code status}, {@code detail},
     * {@code instance}, plus {@code extra} members that tell the client what to fix.
     */
    public static Response response(int status, String detail, String instance, JsonObjectBuilder extra) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", titleFor(status))
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        if (extra != null) {
            body.addAll(extra);
        }
        return Response.status(status).type(MEDIA).entity(body.build().toString()).build();
    }

    /** The title for {@code status}, "Nederlands / English" (one text when both read the same). */
    static String titleFor(int status) {
        return RuleException.bothLanguages(switch (status) {
            case 400 -> Message.of("problem.title.badRequest");
            case 401 -> Message.of("problem.title.notAuthenticated");
            case 403 -> Message.of("problem.title.forbidden");
            case 404 -> Message.of("problem.title.notFound");
            case 405 -> Message.of("problem.title.methodNotAllowed");
            case 406 -> Message.of("problem.title.notAcceptable");
            case 409 -> Message.of("problem.title.conflict");
            case 413 -> Message.of("problem.title.payloadTooLarge");
            case 415 -> Message.of("problem.title.unsupportedMediaType");
            case 429 -> Message.of("problem.title.tooManyRequests");
            case 503 -> Message.of("problem.title.unavailable");
            default -> status >= 500 ? Message.of("problem.title.internalError") : Message.of("problem.title.error");
        });
    }
}
