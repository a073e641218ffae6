package nl.lerendstelsel.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Problem details in the client's language (issue 24): the API's messages are written "Nederlands / English"; when the
 * request's {@code Accept-Language} names Dutch or English, this filter keeps the half it prefers in {@code title},
 * {@code detail} and each {@code invalidParams} reason, and says so in {@code Content-Language}. A client that names
 * neither gets both, as before. A text that has only one language (some field reasons are still Dutch only) passes
 * unchanged.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getMediaType() == null || !Problem.MEDIA.isCompatible(response.getMediaType())
                || !(response.getEntity() instanceof String body) || !body.startsWith("{")) {
            return;
        }
        Optional<Boolean> preference = prefersEnglish(request.getAcceptableLanguages());
        if (preference.isEmpty()) {
            return;
        }
        boolean english = preference.get();
        response.setEntity(localise(body, english), response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "nl");
    }

    /**
     * Whether English comes before Dutch among the languages the client accepts (in their order of preference); empty
     * when it names neither.
     */
    static Optional<Boolean> prefersEnglish(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("nl".equals(language)) {
                return Optional.of(false);
            }
            if ("en".equals(language)) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }

    /** The problem with its texts in one language. */
    static String localise(String problem, boolean english) {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(problem)).readObject();
        } catch (RuntimeException e) {
            return problem;
        }
        JsonObjectBuilder result = Json.createObjectBuilder();
        json.forEach((name, value) -> {
            if (("title".equals(name) || "detail".equals(name)) && value instanceof JsonString text) {
                result.add(name, half(text.getString(), english));
            } else if ("invalidParams".equals(name) && value instanceof JsonArray params) {
                var localised = Json.createArrayBuilder();
                for (JsonValue param : params) {
                    if (param instanceof JsonObject p && p.get("reason") instanceof JsonString reason) {
                        localised.add(Json.createObjectBuilder(p).add("reason", half(reason.getString(), english)));
                    } else {
                        localised.add(param);
                    }
                }
                result.add(name, localised);
            } else {
                result.add(name, value);
            }
        });
        return result.build().toString();
    }

    /** "Nederlands / English": the half in the chosen language; a text in one language as it is. */
    static String half(String text, boolean english) {
        int slash = text.indexOf(" / ");
        if (slash < 0) {
            return text;
        }
        return english ? text.substring(slash + 3) : text.substring(0, slash);
    }
}
