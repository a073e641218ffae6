package nl.lerendstelsel.interfaces.web.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.FileResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A meeting as an iCalendar file ({@code /app/cops/bijeenkomst.ics?id=}), for members of its CoP. */
@WebServlet("/app/cops/bijeenkomst.ics")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingCalendar calendar;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    transient String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = FileResponses.idOrNotFound(request, response);
        if (id == null) {
            return;
        }
        var caller = currentUser.caller();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String ics;
        try {
            ics = calendar.ics(id, baseUrl, caller.get());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bijeenkomst-" + id + ".ics\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
