package nl.lerendstelsel.interfaces.web.practice;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.lerendstelsel.domain.model.notification.NotificationTexts;

/**
 * The link of a notification about a practice example ({@code /app/praktijkvoorbeelden/praktijk?id=}): being under
 * {@code /app/}, it makes the reader sign in first, then sends them to the practice's page, which shows a concept or a
 * submitted one only to its author and the editors.
 */
@WebServlet(NotificationTexts.PRACTICE_SIGN_IN)
public class PracticeLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/praktijkvoorbeelden/praktijk.xhtml?id=" + id);
    }
}
