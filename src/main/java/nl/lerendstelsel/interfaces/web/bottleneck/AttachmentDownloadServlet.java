package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.FileResponses;

/**
 * Downloads for the signed-in browser ({@code /app/bijlagen?ref=…&id=…}, under the {@code /app/*} sign-in constraint):
 * always as a download with the type recognised from the content and {@code nosniff}, so a file is never rendered
 * by the browser as part of the site. Who may not read the knelpunt gets 404.
 */
@WebServlet("/app/bijlagen")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentService attachments;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentUser.caller();
        String reference = request.getParameter("ref");
        Long id = FileResponses.idOrNotFound(request, response);
        if (id == null) {
            return;
        }
        if (caller.isEmpty() || reference == null) {
            response.sendError(caller.isEmpty() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentService.Download download;
        try {
            download = attachments.download(reference, id, caller.get());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponses.sendFile(response, download.attachment().getKind().mediaType(), download.fileName(), download.content(),
                "private, no-store");
    }
}
