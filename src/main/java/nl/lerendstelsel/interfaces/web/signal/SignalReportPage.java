package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.interfaces.web.PeriodReportView;

/**
 * The signalling report on screen ({@code /app/signalen/rapportage.xhtml?van=&tot=}), with links to the same report
 * as PDF and CSV. A period that is not a period gives a message and no report.
 */
@Named("signalReport")
@RequestScoped
public class SignalReportPage extends PeriodReportView<SignalReport> {

    @Inject
    SignalQueries queries;

    @Override
    protected SignalReport read(LocalDate from, LocalDate to, Caller caller) {
        return queries.report(from, to, caller);
    }

    /** The report, or {@code null} with {@link #getError()} set when the period is not valid. */
    public SignalReport getReport() {
        return report();
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
}
