package nl.lerendstelsel.infrastructure.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A problem detail (RFC 9457, {@code application/problem+json}) written straight to the servlet response, for what
 * answers an API request before JAX-RS does: the authentication mechanism and the filters. The texts are in both
 * languages ("Nederlands / English"), as the API's own problems.
 */
public final class ServletProblem {

    private ServletProblem() {
    }

    /** The problem's members; a caller may add its own before {@link #write}. */
    public static JsonObjectBuilder of(int status, String title, String detail, String instance) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", instance);
    }

    /** Answers with the problem, with its status. */
    public static void write(HttpServletResponse response, JsonObjectBuilder problem) throws IOException {
        JsonObject body = problem.build();
        response.setStatus(body.getInt("status"));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
