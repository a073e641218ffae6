package nl.lerendstelsel.interfaces.web.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.interfaces.web.DownloadServlet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A meeting as an iCalendar file ({@code /app/cops/bijeenkomst.ics?id=}), for members of its CoP. */
@WebServlet("/app/cops/bijeenkomst.ics")
public class MeetingCalendarServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingCalendar calendar;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    transient String baseUrl;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        return id(request).map(id -> Download.of("text/calendar; charset=utf-8", "bijeenkomst-" + id + ".ics",
                calendar.ics(id, baseUrl, caller).getBytes(StandardCharsets.UTF_8)));
    }
}
