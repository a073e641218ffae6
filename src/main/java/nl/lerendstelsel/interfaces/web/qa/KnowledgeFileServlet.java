package nl.lerendstelsel.interfaces.web.qa;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.FileResponses;

/**
 * The file of a kennisbank item ({@code /kennisbank/bestand?id=…}): public for published items, for editors always;
 * otherwise 404. Always a download with the type recognised from the content, a cleaned name and {@code nosniff}, so a
 * file is never rendered as part of the site; not cached, so an archived item's file is gone at once.
 */
@WebServlet("/kennisbank/bestand")
public class KnowledgeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeService service;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = FileResponses.idOrNotFound(request, response);
        if (id == null) {
            return;
        }
        KnowledgeService.Download download;
        try {
            download = service.download(id, currentUser.caller());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponses.sendFile(response, download.item().getFileKind().mediaType(), download.fileName(), download.content(),
                "no-store");
    }
}
