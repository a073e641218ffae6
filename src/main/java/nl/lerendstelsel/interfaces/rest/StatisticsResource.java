package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.infrastructure.report.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monitoring figures: the same as the dashboard, for a period ({@code van}, {@code tot}; default the twelve months
 * up to today), a theme ({@code thema}) and a labour-market region ({@code regio}). Coordinators, the ministry and
 * admins see everything; a facilitator the CoPs they facilitate.
 */
@Path("statistieken")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistieken")
@SecurityRequirement(name = "keycloak")
public class StatisticsResource {

    @Inject
    StatisticsService service;

    @Inject
    ApiCaller apiCaller;

    @Schema(name = "StatistiekAantal")
    public record Aantal(String code, String naam, long aantal) {
        static List<Aantal> of(List<Count> counts) {
            return counts.stream().map(c -> new Aantal(c.code(), c.label(), c.count())).toList();
        }
    }

    public record Maand(String maand, long gemeld, long afgerond) {
    }

    @Schema(name = "StatistiekDoorlooptijd")
    public record Doorlooptijd(@OneOf(Level.class) String niveau, long afgerond, @NotRequired Integer mediaanWerkdagen,
                               @NotRequired Integer p90Werkdagen) {
    }

    @Schema(name = "StatistiekKnelpunt")
    public record Knelpunt(String referentie, String titel, @OneOf(Level.class) String niveau,
                           @OneOf(Status.class) String status, @NotRequired LocalDate uiterlijk, @NotRequired Long organisaties) {
        static Knelpunt of(Bottleneck b, Long organisations) {
            return new Knelpunt(b.getReference(), b.getTitle(), b.getLevel().code(), b.getStatus().name(), b.getDeadline().due(), organisations);
        }
    }

    @Schema(name = "StatistiekSignaal")
    public record Signaal(String referentie, String titel, @OneOf(SignalStatus.class) String status,
                          @NotRequired LocalDate antwoordUiterlijk) {
    }

    /**
     * Finished knelpunten: {@code opgelostMetTerugkoppeling} only what was solved, {@code gesloten} every other ending,
     * {@code perAfhandelcategorie} per category (code {@code ONBEKEND}: none recorded).
     */
    public record Afloop(long opgelostMetTerugkoppeling, long gesloten, @NotRequired Integer percentageOpgelost,
                         List<Aantal> perAfhandelcategorie) {
    }

    @Schema(name = "StatistiekKnelpunten")
    public record Knelpunten(long totaal, List<Aantal> perStatus, List<Aantal> perNiveau, List<Aantal> perThema,
                             List<Aantal> perRegio, List<Aantal> perGemeente, List<Maand> perMaand,
                             List<Doorlooptijd> doorlooptijden, Afloop afloop, long aantalTeLaat, List<Knelpunt> teLaat,
                             List<Knelpunt> meesteSteun) {
        static Knelpunten of(StatisticsService.Dashboard d) {
            return new Knelpunten(d.reported(), Aantal.of(d.byStatus()), Aantal.of(d.byLevel()), Aantal.of(d.byTheme()),
                    Aantal.of(d.byRegion()), Aantal.of(d.byGemeente()),
                    d.trend().stream().map(m -> new Maand(m.month().toString(), m.reported(), m.finished())).toList(),
                    d.leadTimes().entrySet().stream().map(e -> {
                        LeadTimes t = e.getValue();
                        return new Doorlooptijd(e.getKey().code(), t.count(), t.median(), t.p90());
                    }).toList(),
                    new Afloop(d.outcomes().resolved(), d.outcomes().closed(), d.outcomes().resolvedPercentage(),
                            Aantal.of(d.outcomes().byResolution())),
                    d.overdueTotal(), d.overdue().stream().map(b -> Knelpunt.of(b, null)).toList(),
                    d.mostSupported().stream().map(e -> Knelpunt.of(e.getKey(), e.getValue())).toList());
        }
    }

    @Schema(name = "StatistiekSignalen")
    public record Signalen(List<Aantal> perStatus, List<Aantal> perBesluit, List<Signaal> teLaat, List<Aantal> opvolging) {
        static Signalen of(StatisticsService.Dashboard d) {
            return new Signalen(Aantal.of(d.signalsByStatus()), Aantal.of(d.signalsByDecision()), d.overdueSignals().stream()
                    .map(s -> new Signaal(s.getReference(), s.getTitle(), s.getStatus().name(), s.getAnswerDue())).toList(),
                    Aantal.of(d.signalFollowUp()));
        }
    }

    public record Statistieken(@NotRequired LocalDate van, @NotRequired LocalDate tot, @NotRequired String thema,
                               @NotRequired String regio, boolean alleenEigenCops, Instant gemaakt, Knelpunten knelpunten,
                               Signalen signalen, long verlopenAntwoorden) {
    }

    public record Tabel(String naam, String titel, List<String> kolommen, List<List<String>> rijen) {
    }

    @GET
    @Operation(summary = "Alle cijfers van het dashboard: knelpunten per status, niveau, thema, regio, gemeente en maand, "
            + "doorlooptijden (mediaan en 90e percentiel in werkdagen), afloop, termijnoverschrijdingen, meeste steun, signalen. "
            + "Filters: van, tot (JJJJ-MM-DD), thema, regio.")
    public Statistieken all(@QueryParam("van") String from, @QueryParam("tot") String to, @QueryParam("thema") String theme,
                            @QueryParam("regio") String region) {
        StatisticsService.Dashboard d = dashboard(from, to, theme, region);
        return new Statistieken(d.filter().from(), d.filter().to(), d.filter().themeCode(), d.filter().regionCode(), d.scopedToCops(),
                d.generatedAt(), Knelpunten.of(d), Signalen.of(d), d.expiredAnswers());
    }

    @GET
    @Path("knelpunten")
    @Operation(summary = "De cijfers over knelpunten (zelfde filters)")
    public Knelpunten knelpunten(@QueryParam("van") String from, @QueryParam("tot") String to, @QueryParam("thema") String theme,
                                 @QueryParam("regio") String region) {
        return Knelpunten.of(dashboard(from, to, theme, region));
    }

    @GET
    @Path("signalen")
    @Operation(summary = "De cijfers over signalen aan SZW (zelfde filters)")
    public Signalen signalen(@QueryParam("van") String from, @QueryParam("tot") String to, @QueryParam("thema") String theme,
                             @QueryParam("regio") String region) {
        return Signalen.of(dashboard(from, to, theme, region));
    }

    @GET
    @Path("tabellen/{naam}")
    @Operation(summary = "Eén tabel van het dashboard (status, niveau, trend, thema, regio, gemeente, trend-thema, trend-niveau, "
            + "trend-regio, doorlooptijd, afloop, te-laat, meeste-steun, signalen-status, signalen-besluit, signalen-thema, "
            + "signalen-regio, signalen-antwoordtijd, signalen-te-laat) als JSON")
    public Tabel table(@PathParam("naam") String name, @QueryParam("van") String from, @QueryParam("tot") String to,
                       @QueryParam("thema") String theme, @QueryParam("regio") String region) {
        StatisticsTables.Table table = table(name, dashboard(from, to, theme, region));
        return new Tabel(table.name(), table.title(), table.headers(), table.rows());
    }

    @GET
    @Path("tabellen/{naam}")
    @Produces("text/csv")
    @Operation(summary = "Eén tabel van het dashboard als CSV (puntkomma-gescheiden, UTF-8)")
    @APIResponse(responseCode = "200", description = "De tabel als CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response tableCsv(@PathParam("naam") String name, @QueryParam("van") String from, @QueryParam("tot") String to,
                             @QueryParam("thema") String theme, @QueryParam("regio") String region) {
        StatisticsService.Dashboard d = dashboard(from, to, theme, region);
        StatisticsTables.Table table = table(name, d);
        return Response.ok(Csv.table(table.headers(), table.rows()), "text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment(fileName(table, d))).build();
    }

    /** The download's file name: the table and the period. */
    public static String fileName(StatisticsTables.Table table, StatisticsService.Dashboard d) {
        return "dashboard-" + table.name() + "-" + d.filter().from() + "-" + d.filter().to() + ".csv";
    }

    private static StatisticsTables.Table table(String name, StatisticsService.Dashboard d) {
        return StatisticsTables.named(d, Locale.forLanguageTag("nl"), name)
                .orElseThrow(() -> new ApiException(404, Message.of("notFound.statistics.table", name)));
    }

    private StatisticsService.Dashboard dashboard(String from, String to, String theme, String region) {
        return service.dashboard(SignalReportResource.date("van", from), SignalReportResource.date("tot", to), theme, region,
                apiCaller.get());
    }
}
