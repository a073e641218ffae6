package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.domain.model.text.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Meetings (with attendance and an iCalendar download) and outcomes of CoPs. */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities of Practice")
@SecurityRequirement(name = "keycloak")
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

    /**
     * A meeting; {@code begin} and {@code einde} are local times in Europe/Amsterdam. A cancelled meeting has
     * {@code afgelastOp} and the {@code redenAfgelasting} members see.
     */
    public record Bijeenkomst(long id, long cop, String soort, String titel, LocalDateTime begin, LocalDateTime einde,
                              String plaats, String onlineLink, String agenda, String verslag, long versie, Instant afgelastOp,
                              String redenAfgelasting) {
        static Bijeenkomst of(Meeting m) {
            return new Bijeenkomst(m.getId(), m.getCommunity().getId(), m.getKind().name(), m.getTitle(),
                    LocalDateTime.ofInstant(m.getStartsAt(), DutchTime.ZONE), LocalDateTime.ofInstant(m.getEndsAt(), DutchTime.ZONE),
                    m.getLocation(), m.getOnlineLink(), m.getAgenda(), m.getNotes(), m.getVersion(), m.getCancelledAt(),
                    m.getCancelReason());
        }
    }

    /** Cancelling a meeting: the reason members see, and optionally the version the client saw (409 when it changed). */
    public record Afgelasting(String reden, Long versie) {
    }

    public record Aanwezigheid(String naam, String antwoord, Instant op) {
    }

    public record Antwoord(String antwoord) {
    }

    public record Verslag(String verslag) {
    }

    public record Opbrengst(long id, long cop, String copNaam, String soort, String titel, String omschrijving, Long bijeenkomst,
                            Long discussie, String knelpunt, boolean gedeeld, Instant gedeeldOp, Instant vastgelegdOp) {
        static Opbrengst of(Outcome o) {
            return new Opbrengst(o.getId(), o.getCommunity().getId(), o.getCommunity().getName(), o.getKind().name(), o.getTitle(),
                    o.getDescription(), o.getMeeting() == null ? null : o.getMeeting().getId(),
                    o.getThread() == null ? null : o.getThread().getId(),
                    o.getBottleneck() == null ? null : o.getBottleneck().getReference(), o.isShared(), o.getSharedAt(), o.getCreatedAt());
        }
    }

    public record Gedeeld(Boolean gedeeld) {
    }

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
    public Bijeenkomst replan(@PathParam("id") long id, CommunityResource.NieuweBijeenkomst body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.meeting"));
        }
        return Bijeenkomst.of(meetings.replan(id, body.toInput(), body.versie(), apiCaller.get()));
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
    public List<Aanwezigheid> attendance(@PathParam("id") long id) {
        return meetings.rsvps(id, apiCaller.get()).stream()
                .map(r -> new Aanwezigheid(r.getPerson().getDisplayName(), r.getAnswer().name(), r.getAnsweredAt())).toList();
    }

    @PUT
    @Path("bijeenkomsten/{id}/aanwezigheid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uw antwoord: JA, NEE of MISSCHIEN (leden)")
    public Aanwezigheid rsvp(@PathParam("id") long id, Antwoord body) {
        var rsvp = meetings.rsvp(id, body == null ? null : CommunityResource.parse(RsvpAnswer.class, "antwoord", body.antwoord()),
                apiCaller.get());
        return new Aanwezigheid(rsvp.getPerson().getDisplayName(), rsvp.getAnswer().name(), rsvp.getAnsweredAt());
    }

    @GET
    @Path("bijeenkomsten/{id}/agenda.ics")
    @Produces("text/calendar")
    @Operation(summary = "De bijeenkomst als iCalendar-bestand voor uw agenda (leden)")
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendar.ics(id, baseUrl, apiCaller.get()), "text/calendar; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("bijeenkomst-" + id + ".ics")).build();
    }

    @GET
    @Path("opbrengsten")
    @Operation(summary = "Gedeelde opbrengsten van alle CoP's, nieuwste eerst (iedereen die is ingelogd)")
    public List<Opbrengst> shared(@QueryParam("pagina") @DefaultValue("1") int page,
                                  @QueryParam("paginaGrootte") @DefaultValue("20") int pageSize) {
        apiCaller.get();
        return outcomes.sharedOutcomes(page, pageSize).stream().map(Opbrengst::of).toList();
    }

    @GET
    @Path("opbrengsten/{id}")
    @Operation(summary = "Eén opbrengst: voor leden van de CoP, of voor iedereen als ze gedeeld is")
    public Opbrengst outcome(@PathParam("id") long id) {
        return Opbrengst.of(outcomes.outcome(id, apiCaller.get()));
    }

    @PUT
    @Path("opbrengsten/{id}/gedeeld")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een opbrengst delen met iedereen (en de kennisbank), of het delen intrekken (facilitator)")
    public Opbrengst share(@PathParam("id") long id, Gedeeld body) {
        return Opbrengst.of(outcomes.share(id, body == null || body.gedeeld() == null || body.gedeeld(), apiCaller.get()));
    }
}
