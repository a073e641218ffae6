package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.cops.Aanwezigheid;
import nl.lerendstelsel.interfaces.rest.cops.Afgelasting;
import nl.lerendstelsel.interfaces.rest.cops.Antwoord;
import nl.lerendstelsel.interfaces.rest.cops.Bijeenkomst;
import nl.lerendstelsel.interfaces.rest.cops.Gedeeld;
import nl.lerendstelsel.interfaces.rest.cops.NieuweBijeenkomst;
import nl.lerendstelsel.interfaces.rest.cops.Opbrengst;
import nl.lerendstelsel.interfaces.rest.cops.OpbrengstVersie;
import nl.lerendstelsel.interfaces.rest.cops.OpbrengstWijziging;
import nl.lerendstelsel.interfaces.rest.cops.Verslag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Single meetings of CoPs (with attendance and an iCalendar download) and outcomes, at their own addresses; a CoP's
 * collections of them are in {@link CommunityContentResource}. The JSON records are in {@code rest.cops}.
 */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Communities of Practice")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    OutcomeService outcomes;

    @Inject
    MeetingCalendar calendar;

    @Inject
    ApiCaller apiCaller;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @GET
    @Path("bijeenkomsten/{id}")
    @Operation(summary = "Eén bijeenkomst (leden van de CoP)")
    public Bijeenkomst get(@PathParam("id") long id) {
        return Bijeenkomst.of(meetings.read(id, apiCaller.get()));
    }

    @PUT
    @Path("bijeenkomsten/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bijeenkomst wijzigen (facilitator); versie voorkomt dat u andermans wijziging overschrijft (409)")
    public Bijeenkomst replan(@PathParam("id") long id, NieuweBijeenkomst body) {
        ApiException.requireBody(body, Message.of("api.body.meeting"));
        return Bijeenkomst.of(meetings.replan(id, input(body), body.versie(), apiCaller.get()));
    }

    @POST
    @Path("bijeenkomsten/{id}/afgelasten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bijeenkomst afgelasten (facilitator), met een reden die de leden zien; zij krijgen bericht met de "
            + "afzegging voor hun agenda")
    public Bijeenkomst cancel(@PathParam("id") long id, Afgelasting body) {
        return Bijeenkomst.of(meetings.cancel(id, body == null ? null : body.reden(), body == null ? null : body.versie(), apiCaller.get()));
    }

    @PUT
    @Path("bijeenkomsten/{id}/verslag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het verslag na afloop (facilitator)")
    public Bijeenkomst notes(@PathParam("id") long id, Verslag body) {
        return Bijeenkomst.of(meetings.notes(id, body == null ? null : body.verslag(), apiCaller.get()));
    }

    @GET
    @Path("bijeenkomsten/{id}/aanwezigheid")
    @Operation(summary = "Wie komt er (leden)")
    public List<Aanwezigheid> attendance(@PathParam("id") long id, @BeanParam Paging paging) {
        return paging.of(meetings.rsvps(id, apiCaller.get())).map(Aanwezigheid::of);
    }

    @PUT
    @Path("bijeenkomsten/{id}/aanwezigheid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uw antwoord: JA, NEE of MISSCHIEN (leden)")
    public Aanwezigheid rsvp(@PathParam("id") long id, Antwoord body) {
        return Aanwezigheid.of(meetings.rsvp(id,
                body == null ? null : CommunityResource.parse(RsvpAnswer.class, "antwoord", body.antwoord()), apiCaller.get()));
    }

    @GET
    @Path("bijeenkomsten/{id}/agenda.ics")
    @Produces("text/calendar")
    @Operation(summary = "De bijeenkomst als iCalendar-bestand voor uw agenda (leden)")
    @APIResponse(responseCode = "200", description = "De bijeenkomst als iCalendar-bestand", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendar.ics(id, baseUrl, apiCaller.get()), "text/calendar; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("bijeenkomst-" + id + ".ics")).build();
    }

    @GET
    @Path("opbrengsten")
    @Operation(summary = "Gedeelde opbrengsten van alle CoP's, nieuwste eerst (iedereen die is ingelogd), eventueel van één "
            + "thema (themacode) en één soort (INZICHT, GOEDE_PRAKTIJK, KNELPUNT)")
    public List<Opbrengst> shared(@BeanParam Paging paging, @QueryParam("thema") String theme,
                                  @QueryParam("soort") @OneOf(OutcomeKind.class) String kind) {
        apiCaller.get();
        OutcomeKind chosen = kind == null || kind.isBlank() ? null : CommunityResource.parse(OutcomeKind.class, "soort", kind);
        String themeCode = theme == null || theme.isBlank() ? null : theme;
        return new PagedList<>(outcomes.sharedOutcomes(themeCode, chosen, paging.page(), paging.size()).stream().map(Opbrengst::of).toList(),
                outcomes.sharedOutcomeCount(themeCode, chosen), paging.page(), paging.size());
    }

    @GET
    @Path("opbrengsten/{id}")
    @Operation(summary = "Eén opbrengst: voor leden van de CoP, of voor iedereen als ze gedeeld is")
    public Opbrengst outcome(@PathParam("id") long id) {
        return Opbrengst.of(outcomes.outcome(id, apiCaller.get()));
    }

    @PUT
    @Path("opbrengsten/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een opbrengst bewerken (wie haar vastlegde, of een facilitator): titel, omschrijving, thema's, "
            + "gemeente of regio; de vorige titel en tekst blijven bewaard als versie. Met versie: 409 als een ander haar intussen wijzigde")
    public Opbrengst edit(@PathParam("id") long id, OpbrengstWijziging body) {
        ApiException.requireBody(body, Message.of("api.body.outcomeChange"));
        return Opbrengst.of(outcomes.edit(id, new OutcomeService.OutcomeChange(body.titel(), body.omschrijving(), body.themas(),
                body.gemeente(), body.regio()), body.versie(), apiCaller.get()));
    }

    @GET
    @Path("opbrengsten/{id}/versies")
    @Operation(summary = "De eerdere versies van een opbrengst, oudste eerst (leden van de CoP)")
    public List<OpbrengstVersie> revisions(@PathParam("id") long id) {
        return outcomes.revisions(id, apiCaller.get()).stream().map(OpbrengstVersie::of).toList();
    }

    @PUT
    @Path("opbrengsten/{id}/gedeeld")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een opbrengst delen met iedereen (en de kennisbank), of het delen intrekken (facilitator)")
    public Opbrengst share(@PathParam("id") long id, Gedeeld body) {
        return Opbrengst.of(outcomes.share(id, body == null || body.gedeeld() == null || body.gedeeld(), apiCaller.get()));
    }

    /** A meeting as the service takes it, from a request to plan or change one (also {@link CommunityContentResource}). */
    static MeetingService.MeetingInput input(NieuweBijeenkomst body) {
        return new MeetingService.MeetingInput(CommunityResource.parse(MeetingKind.class, "soort", body.soort()), body.titel(),
                dutchTime("begin", body.begin()), dutchTime("einde", body.einde()), body.plaats(), body.onlineLink(), body.agenda());
    }

    /**
     * A date-time of a request as Dutch local time: RFC 3339 with an offset ({@code 2026-09-01T10:00:00+02:00}), or without
     * one ({@code 2026-09-01T10:00:00}, read as Europe/Amsterdam); {@code null} when absent.
     */
    static LocalDateTime dutchTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).atZoneSameInstant(DutchTime.ZONE).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, Message.of("input.dateTime.iso"));
            }
        }
    }
}
