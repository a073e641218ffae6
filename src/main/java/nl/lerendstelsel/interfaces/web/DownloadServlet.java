package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.ContentDisposition;

/**
 * A file download from a signed-in page (CSV, PDF): the caller check and the answers every download shares — 401 when
 * not signed in, 403 when the service refuses the caller, 400 with the service's message for bad parameters, 404 when
 * there is nothing by that name — and the attachment headers. A subclass only says what to send.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    /**
     * The file for this request, or empty when it names nothing (404). May throw the services' {@link AccessDeniedException},
     * {@link InvalidInputException} and {@link NotFoundException} (404); the body is written after the headers, so it may stream what it reads.
     */
    protected abstract Optional<Download> prepare(HttpServletRequest request, Caller caller);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<Download> download;
        try {
            download = prepare(request, caller.get());
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", e.fieldErrors(Language.fromRequest(request)).values()));
            return;
        } catch (NotFoundException e) {
            download = Optional.empty();
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.get().contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(download.get().fileName()));
        download.get().body().writeTo(response);
    }

    /** The request's numeric {@code id}; empty when it is absent or no number (the download answers 404). */
    protected static Optional<Long> id(HttpServletRequest request) {
        try {
            return Optional.of(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a download sends: its media type, the file name the browser offers, and the body. */
    protected record Download(String contentType, String fileName, Body body) {

        static final String CSV = "text/csv; charset=utf-8";

        /** A body known in full: sent with its length. */
        public static Download of(String contentType, String fileName, byte[] bytes) {
            return new Download(contentType, fileName, response -> {
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            });
        }

        public static Download csv(String fileName, String text) {
            return of(CSV, fileName, text.getBytes(StandardCharsets.UTF_8));
        }

        /** CSV written as it is produced (a long export is never held in memory). */
        public static Download streamedCsv(String fileName, CsvWriter body) {
            return new Download(CSV, fileName, response -> {
                Writer writer = response.getWriter();
                body.writeTo(writer);
                writer.flush();
            });
        }
    }

    @FunctionalInterface
    protected interface Body {
        void writeTo(HttpServletResponse response) throws IOException;
    }

    @FunctionalInterface
    protected interface CsvWriter {
        void writeTo(Writer writer) throws IOException;
    }
}
