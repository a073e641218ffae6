package nl.lerendstelsel.interfaces.rest;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.ResponseStatus;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Monitor rounds (issue 29): the rounds a caller may see, one round with its questions, and its results — per question,
 * the response rate overall, per region and per province, and who answered — for coordinators, admins and the ministry.
 */
@Path("monitorrondes")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitorrondes")
@SecurityRequirement(name = "keycloak")
public class MonitorResource {

    @Inject
    MonitorService service;

    @Inject
    MonitorResults results;

    @Inject
    ApiCaller apiCaller;

    public record Ronde(long id, String titel, @OneOf(RoundStatus.class) String status,
                        @OneOf(TargetKind.class) String doelgroep, List<String> doelgroepCodes, LocalDate opent,
                        LocalDate sluit, @NotRequired Long vorigeRonde, long versie) {
        static Ronde of(MonitorRound r) {
            return new Ronde(r.getId(), r.getTitle(), r.getStatus().name(), r.getTargetKind().name(),
                    r.getTargetCodes().stream().sorted().toList(), r.getOpensOn(), r.getClosesOn(), r.getPreviousRoundId(),
                    r.getVersion());
        }
    }

    @Schema(name = "MonitorVraag")
    public record Vraag(long id, int positie, @OneOf(QuestionKind.class) String soort, String tekst,
                        @NotRequired List<String> opties, @NotRequired String eenheid, @NotRequired Double minimum,
                        @NotRequired Double maximum, boolean verplicht, @NotRequired Long herhaaltVraag) {
        static Vraag of(MonitorQuestion q) {
            return new Vraag(q.getId(), q.getPosition(), q.getKind().name(), q.getText(), q.getOptions(), q.getUnit(), q.getMin(),
                    q.getMax(), q.isRequired(), q.getCopiedFrom());
        }
    }

    public record RondeDetail(Ronde ronde, @NotRequired String inleiding, List<Vraag> vragen) {
    }

    public record Optie(String optie, long aantal, double aandeel) {
        static Optie of(RoundResults.OptionCount o) {
            return new Optie(o.option(), o.count(), o.share());
        }
    }

    public record Cijfers(long beantwoord, List<Optie> opties, @NotRequired Double gemiddelde, @NotRequired Double mediaan,
                          @NotRequired List<String> antwoorden) {
        static Cijfers of(RoundResults.QuestionResult r) {
            return r == null ? null : new Cijfers(r.answered(), r.options().stream().map(Optie::of).toList(), r.mean(), r.median(),
                    r.texts());
        }
    }

    public record VraagResultaat(Vraag vraag, @NotRequired Cijfers cijfers, @NotRequired Cijfers vorigeRonde) {
    }

    public record Respons(@NotRequired String code, @NotRequired String naam, long gevraagd, long geantwoord, long procent) {
        static Respons of(RoundResults.ResponseRate r) {
            return new Respons(r.key(), r.name(), r.asked(), r.answered(), r.percent());
        }
    }

    public record Respondent(String code, String naam, @NotRequired String arbeidsmarktregio, @NotRequired String provincie,
                             @NotRequired @OneOf(ResponseStatus.class) String status, @NotRequired Instant ingediend) {
        static Respondent of(MonitorResults.Respondent r) {
            return new Respondent(r.code(), r.name(), r.regionCode(), r.province(), r.status() == null ? null : r.status().name(),
                    r.submittedAt());
        }
    }

    public record Resultaten(Ronde ronde, @NotRequired String arbeidsmarktregio, @NotRequired String provincie, Respons respons,
                             List<Respons> perRegio, List<Respons> perProvincie, List<VraagResultaat> vragen,
                             List<Respondent> respondenten) {
    }

    @GET
    @Operation(summary = "De monitorrondes die de aanroeper mag zien, nieuwste eerst: alle voor coördinatoren en beheerders, "
            + "alle behalve concepten voor het ministerie, die aan de eigen organisatie gericht voor anderen")
    public List<Ronde> list() {
        return service.rounds(apiCaller.get()).stream().map(Ronde::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén monitorronde met haar vragen in volgorde")
    public RondeDetail get(@PathParam("id") long id) {
        MonitorRound round = service.roundWithQuestions(id, apiCaller.get());
        return new RondeDetail(Ronde.of(round), round.getIntroduction(), round.getQuestions().stream().map(Vraag::of).toList());
    }

    @GET
    @Path("{id}/resultaten")
    @Operation(summary = "De resultaten van een ronde (coördinatoren, beheerders, ministerie): per vraag de ingediende antwoorden "
            + "(aantal, aandeel, gemiddelde en mediaan) naast die van de vorige ronde, de respons totaal, per arbeidsmarktregio en per "
            + "provincie, en wie antwoordde; te filteren op arbeidsmarktregio (regio) en provincie")
    public Resultaten results(@PathParam("id") long id, @QueryParam("regio") String region, @QueryParam("provincie") String province) {
        MonitorResults.Results r = results.results(id, blankToNull(region), blankToNull(province), apiCaller.get());
        return new Resultaten(Ronde.of(r.round()), r.regionCode(), r.province(), Respons.of(r.overall()),
                r.perRegion().stream().map(Respons::of).toList(), r.perProvince().stream().map(Respons::of).toList(),
                r.lines().stream().map(l -> new VraagResultaat(Vraag.of(l.current().question()), Cijfers.of(l.current()),
                        Cijfers.of(l.previous()))).toList(),
                r.respondents().stream().map(Respondent::of).toList());
    }
}
