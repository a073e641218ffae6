package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.statistics.GemeenteOverview;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.statistics.Benchmark;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * "Mijn gemeente" ({@code /app/mijn-gemeente.xhtml}): the caller's gemeente beside the average gemeente of its region and
 * of the country, each figure linked to the list it counts; its CoPs and the monitor rounds it answered.
 */
@Named("mijnGemeente")
@RequestScoped
public class MyGemeentePage {

    private static final String KNELPUNTEN = "/app/knelpunten/index.xhtml";

    @Inject
    GemeenteOverview service;

    @Inject
    MonitorResults monitorResults;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private GemeenteOverview.Overview overview;
    private String refusal;
    private boolean loaded;
    private List<MonitorResults.ResponseSummary> monitorResponses;

    /** One line of the table: the bundle key of what it counts, the three figures as read, and the list it links to. */
    public record Line(String id, String labelKey, String own, String region, String country, String href) {
    }

    /** The overview, or {@code null} with {@link #getRefusal()} set. */
    public GemeenteOverview.Overview getOverview() {
        if (!loaded) {
            loaded = true;
            try {
                overview = service.overview(currentUser.caller().orElseThrow());
            } catch (NotPossibleException e) {
                refusal = e.message(language.getLocale());
            }
        }
        return overview;
    }

    public String getRefusal() {
        getOverview();
        return refusal;
    }

    /** The monitor rounds the caller's organisation answered or is answering, newest first, with where its answer stands. */
    public List<MonitorResults.ResponseSummary> getMonitorResponses() {
        if (monitorResponses == null) {
            GemeenteOverview.Overview o = getOverview();
            monitorResponses = o == null ? List.of() : monitorResults.responsesOf(o.organisation().getCode());
        }
        return monitorResponses;
    }

    /** The figures of a gemeente, in the order of the page; empty for a partner organisation. */
    public List<Line> getLines() {
        GemeenteOverview.Overview o = getOverview();
        if (o == null || o.gemeente() == null) {
            return List.of();
        }
        String gemeente = "gemeente=" + encode(o.gemeente().getCode());
        List<Line> lines = new ArrayList<>();
        lines.add(line("open", "gemeente.figure.open", o.open(), KNELPUNTEN + "?" + gemeente));
        for (Level level : Level.values()) {
            lines.add(line("open-" + level.name().toLowerCase(Locale.ROOT), "gemeente.figure.open." + level.name(),
                    o.openByLevel().get(level), KNELPUNTEN + "?" + gemeente + "&niveau=" + level.name()));
        }
        lines.add(line("te-laat", "gemeente.figure.overdue", o.overdue(), KNELPUNTEN + "?" + gemeente + "&teLaat=true"));
        lines.add(line("gesteund", "gemeente.figure.supported", o.supported(), KNELPUNTEN + "?gesteund=true"));
        lines.add(line("opgelost", "gemeente.figure.solved", o.solved(), KNELPUNTEN + "?" + gemeente + "&status=OPGELOST"));
        lines.add(line("signalen", "gemeente.figure.answeredSignals", o.answeredSignals(), "/app/signalen/index.xhtml"));
        lines.add(line("cops", "gemeente.figure.cops", o.copMemberships(), "/app/cops/index.xhtml"));
        lines.add(new Line("doorlooptijd", "gemeente.figure.leadTime", days(o.leadTime().own()), days(o.leadTime().region()),
                days(o.leadTime().country()), null));
        return List.copyOf(lines);
    }

    private Line line(String id, String key, Benchmark b, String href) {
        return new Line(id, key, NumberFormat.getIntegerInstance(language.getLocale()).format(b.own()), average(b.region()),
                average(b.country()), href);
    }

    private String average(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String days(Integer value) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(language.getLocale()).format(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
