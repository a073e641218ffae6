package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * An error with a message meant for the API client. The problem detail carries it in both languages
 * ("Nederlands / English"); {@link ProblemLanguageFilter} keeps the half the client's {@code Accept-Language} asks for.
 */
public class ApiException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ApiException(int status, Message message) {
        super(RuleException.bothLanguages(message), status);
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, Message.of("api.unauthenticated"));
    }

    /** 400: the operation needs a JSON body and none came; {@code what} names it ("de CoP", "the CoP"). */
    public static ApiException bodyMissing(Message what) {
        return new ApiException(400, Message.of("api.bodyMissing", what));
    }

    /** Refuses with {@link #bodyMissing} when the operation's JSON body did not come ({@code body} is null). */
    public static void requireBody(Object body, Message what) {
        if (body == null) {
            throw bodyMissing(what);
        }
    }
}
