package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/**
 * A report over a period ({@code ?van=&tot=}, ISO dates; empty for the service's default period), read once per
 * request for the signed-in caller: the report, or, when the service refuses the period (or other filter), no report
 * and the message why.
 *
 * @param <T> the report
 */
public abstract class PeriodReportView<T> {

    @Inject
    protected CurrentUser currentUser;

    @Inject
    protected Language language;

    private String from;
    private String to;
    private T report;
    private String error;
    private boolean loaded;

    /** Reads the report of the period {@code from}–{@code to} (null for the default); may refuse it as invalid input. */
    protected abstract T read(LocalDate from, LocalDate to, Caller caller);

    /** The report, or {@code null} with {@link #getError()} set when the period is not valid. */
    protected T report() {
        if (!loaded) {
            loaded = true;
            try {
                report = read(SignalReportResource.date("van", from), SignalReportResource.date("tot", to), currentUser.caller().orElseThrow());
            } catch (InvalidInputException e) {
                error = String.join(" ", e.fieldErrors(language.getLocale()).values());
            }
        }
        return report;
    }

    public String getError() {
        report();
        return error;
    }

    protected static String encode(String value) {
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
