package nl.lerendstelsel.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, the only shape errors of the API take. Titles and details are Dutch and English. */
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

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek / Bad request";
            case 401 -> "Niet geauthenticeerd / Not authenticated";
            case 403 -> "Geen toegang / Forbidden";
            case 404 -> "Niet gevonden / Not found";
            case 405 -> "Methode niet toegestaan / Method not allowed";
            case 406 -> "Formaat niet beschikbaar / Not acceptable";
            case 409 -> "Conflict";
            case 415 -> "Formaat niet ondersteund / Unsupported media type";
            case 429 -> "Te veel verzoeken / Too many requests";
            case 503 -> "Tijdelijk niet beschikbaar / Service unavailable";
            default -> status >= 500 ? "Interne fout / Internal error" : "Fout / Error";
        };
    }
}
