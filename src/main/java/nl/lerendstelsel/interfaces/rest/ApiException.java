package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;

/** An error with a message meant for the API client (Dutch / English). */
public class ApiException extends WebApplicationException {

    public ApiException(int status, String message) {
        super(message, status);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " bestaat niet. / " + what + " does not exist.");
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "Stuur een geldig toegangstoken mee (Authorization: Bearer). / Send a valid access token.");
    }
}
