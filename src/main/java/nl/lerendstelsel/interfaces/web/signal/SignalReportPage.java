package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * The signalling report on screen ({@code /app/signalen/rapportage.xhtml?van=&tot=}), with links to the same report
 * as PDF and CSV. A period that is not a period gives a message and no report.
 */
@Named("signalReport")
@RequestScoped
public class SignalReportPage {

    @Inject
    SignalQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String from;
    private String to;
    private SignalReport report;
    private String error;
    private boolean loaded;

    /** The report, or {@code null} with {@link #getError()} set when the period is not valid. */
    public SignalReport getReport() {
        if (!loaded) {
            loaded = true;
            try {
                report = queries.report(SignalReportResource.date("van", from), SignalReportResource.date("tot", to),
                        currentUser.caller().orElseThrow());
            } catch (InvalidInputException e) {
                error = String.join(" ", e.fieldErrors(language.getLocale()).values());
            }
        }
        return report;
    }

    public String getError() {
        getReport();
        return error;
    }

    /** The rows of a count table as entries, for {@code ui:repeat}. */
    public <K> List<Map.Entry<K, Long>> rows(Map<K, Long> counts) {
        return List.copyOf(counts.entrySet());
    }

    /** The query string that asks the downloads for the same period as shown. */
    public String getPeriodQuery() {
        SignalReport shown = getReport();
        return shown == null ? "" : "?van=" + encode(shown.from().toString()) + "&tot=" + encode(shown.to().toString());
    }

    /** A throughput figure with one decimal, or a dash when there is none. */
    public String figure(Number value) {
        if (value == null) {
            return "–";
        }
        return value instanceof Double d ? String.format(language.getLocale(), "%.1f", d) : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
