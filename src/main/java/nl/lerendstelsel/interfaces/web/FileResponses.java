package nl.lerendstelsel.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.lerendstelsel.interfaces.rest.ContentDisposition;

/**
 * What the file servlets share: the numeric {@code id} parameter they name a file by, and a stored file sent as a
 * download — the type recognised from the content, its length, a cleaned name, {@code nosniff} so it is never rendered
 * as part of the site, and the servlet's own caching rule.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** The request's {@code id} as a number; null when it is absent or no number, after answering 404. */
    public static Long idOrNotFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
    }

    /** Sends {@code content} as the download {@code fileName} of {@code mediaType}, cached as {@code cacheControl} says. */
    public static void sendFile(HttpServletResponse response, String mediaType, String fileName, byte[] content,
                                String cacheControl) throws IOException {
        response.setContentType(mediaType);
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", cacheControl);
        response.getOutputStream().write(content);
    }
}
