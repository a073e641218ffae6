package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.infrastructure.report.SignalReportCsv;
import nl.lerendstelsel.infrastructure.report.SignalReportPdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signalling report for SZW over a period ({@code van} and {@code tot}, both inclusive; default the last full
 * quarter) as JSON, CSV or PDF, chosen by the {@code Accept} header. Coordinators, the ministry and admins only.
 */
@Path("rapportages/signalen")
@RequestScoped
@PermitAll
@Tag(name = "Rapportages")
@SecurityRequirement(name = "keycloak")
public class SignalReportResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    @Inject
    SignalQueries queries;

    @Inject
    ApiCaller apiCaller;

    @Schema(name = "RapportageAantal")
    public record Aantal(String waarde, long aantal) {
    }

    @Schema(name = "RapportageDoorlooptijd")
    public record Doorlooptijd(int aantal, @NotRequired Double mediaan, @NotRequired Double gemiddelde,
                               @NotRequired Integer maximum) {
        static Doorlooptijd of(SignalReport.Throughput t) {
            return new Doorlooptijd(t.count(), t.median(), t.average(), t.max());
        }
    }

    @Schema(name = "RapportageRegel")
    public record Regel(String referentie, String titel, @OneOf(SignalStatus.class) String status,
                        @OneOf(Urgency.class) String urgentie, @OneOf(Proposal.class) String voorstel,
                        @NotRequired LocalDate ingediend, @NotRequired LocalDate ontvangen, @NotRequired LocalDate beantwoord,
                        @NotRequired @OneOf(Decision.class) String besluit, @NotRequired String forum, int aantalKnelpunten,
                        List<String> themas, boolean achterstallig, int tussenberichten,
                        @NotRequired LocalDate antwoordUiterlijk, @OneOf(Proposal.class) List<String> voorstellen) {
        static Regel of(SignalReport.Line l) {
            return new Regel(l.reference(), l.title(), l.status().name(), l.urgency().name(), l.proposal().name(), l.submitted(),
                    l.acknowledged(), l.answered(), l.decision() == null ? null : l.decision().name(), l.forum(), l.knelpunten(),
                    l.themes(), l.overdue(), l.interimAnswers(), l.answerDue(), l.proposals().stream().map(Enum::name).toList());
        }
    }

    public record KnelpuntRegel(String signaal, String referentie, String titel, String thema, String gemeente, String niveau,
                                String status, @NotRequired LocalDate gemeld) {
        static KnelpuntRegel of(SignalReport.KnelpuntLine k) {
            return new KnelpuntRegel(k.signal(), k.reference(), k.title(), k.theme(), k.gemeente(), k.level(), k.status(), k.reported());
        }
    }

    public record Rapportage(@NotRequired LocalDate van, @NotRequired LocalDate tot, Instant gemaakt, List<Aantal> perStatus,
                             List<Aantal> perThema, List<Aantal> perBesluit, long tussenberichtZonderBesluit,
                             Doorlooptijd werkdagenTotOntvangst, Doorlooptijd werkdagenTotAntwoord, List<Regel> signalen,
                             List<KnelpuntRegel> knelpunten) {
        static Rapportage of(SignalReport r) {
            return new Rapportage(r.from(), r.to(), r.generatedAt(), counts(r.byStatus()), counts(r.byTheme()), counts(r.byDecision()),
                    r.interimOnly(), Doorlooptijd.of(r.acknowledge()), Doorlooptijd.of(r.answer()), r.lines().stream().map(Regel::of).toList(),
                    r.knelpunten().stream().map(KnelpuntRegel::of).toList());
        }

        private static List<Aantal> counts(Map<?, Long> counts) {
            return counts.entrySet().stream()
                    .map(e -> new Aantal(e.getKey() instanceof Enum<?> en ? en.name() : String.valueOf(e.getKey()), e.getValue())).toList();
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De signaleringsrapportage als JSON: signalen per status, thema en besluit, doorlooptijden in werkdagen "
            + "en de knelpunten erachter. van en tot (JJJJ-MM-DD, beide inclusief) zijn optioneel: standaard het vorige kwartaal.")
    public Rapportage json(@QueryParam("van") String from, @QueryParam("tot") String to) {
        return Rapportage.of(report(from, to));
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "De signaleringsrapportage als CSV (puntkomma-gescheiden, UTF-8), voor Excel")
    @APIResponse(responseCode = "200", description = "De rapportage als CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response csv(@QueryParam("van") String from, @QueryParam("tot") String to) {
        SignalReport report = report(from, to);
        return Response.ok(SignalReportCsv.render(report, Locale.forLanguageTag("nl")), CSV + "; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment(fileName(report, "csv"))).build();
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "De signaleringsrapportage als PDF, met tabellen en een grafiek")
    @APIResponse(responseCode = "200", description = "De rapportage als PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@QueryParam("van") String from, @QueryParam("tot") String to) {
        SignalReport report = report(from, to);
        return Response.ok(SignalReportPdf.render(report, Locale.forLanguageTag("nl")), PDF)
                .header("Content-Disposition", ContentDisposition.attachment(fileName(report, "pdf"))).build();
    }

    /** The file name people find back in their downloads: the period in it. */
    public static String fileName(SignalReport report, String extension) {
        return "signaleringsrapportage-" + report.from() + "-" + report.to() + "." + extension;
    }

    /** A date parameter in ISO form ({@code 2026-07-01}); {@code null} when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, Message.of("input.date.iso"));
        }
    }

    private SignalReport report(String from, String to) {
        Caller caller = apiCaller.get();
        return queries.report(date("van", from), date("tot", to), caller);
    }
}
