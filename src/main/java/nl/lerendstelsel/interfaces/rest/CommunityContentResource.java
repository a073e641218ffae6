package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.cops.Bijeenkomst;
import nl.lerendstelsel.interfaces.rest.cops.Discussie;
import nl.lerendstelsel.interfaces.rest.cops.Discussies;
import nl.lerendstelsel.interfaces.rest.cops.NieuweBijeenkomst;
import nl.lerendstelsel.interfaces.rest.cops.NieuweDiscussie;
import nl.lerendstelsel.interfaces.rest.cops.NieuweOpbrengst;
import nl.lerendstelsel.interfaces.rest.cops.Opbrengst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A CoP's discussions, meetings and outcomes as collections under the CoP: listing them and adding one. What is added
 * lives at its own address afterwards ({@link DiscussionResource}, {@link MeetingResource}), which the answer's
 * {@code Location} names.
 */
@Path("cops")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Communities of Practice")
public class CommunityContentResource {

    @Inject
    DiscussionService discussions;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    MeetingService meetings;

    @Inject
    OutcomeService outcomes;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}/discussies")
    @Operation(summary = "De discussies van een CoP (leden): vastgezette eerst, dan de meest recente, met ongelezen-markering")
    public Discussies threads(@PathParam("id") long id, @BeanParam Paging paging) {
        DiscussionQueries.ThreadPage result = discussionQueries.threads(id, paging.page(), paging.size(), apiCaller.get());
        return new Discussies(result.items().stream().map(l -> Discussie.of(l.thread(), l.unread())).toList(), result.total(),
                result.page(), result.pageSize());
    }

    @POST
    @Path("{id}/discussies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een discussie starten (leden). Het openingsbericht als tekst (eenvoudige opmaak) of html (alleen "
            + "toegestane opmaak blijft over; links krijgen rel=\"nofollow noopener\"). @gebruikersnaam noemt een lid.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Discussie.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response start(@PathParam("id") long id, NieuweDiscussie body) {
        ApiException.requireBody(body, Message.of("api.body.discussion"));
        DiscussionThread thread = discussions.start(id, body.titel(), new DiscussionService.Body(body.tekst(), body.html()), apiCaller.get());
        return Created.at(uriInfo, "discussies", thread.getId(), Discussie.of(thread, false));
    }

    @GET
    @Path("{id}/bijeenkomsten")
    @Operation(summary = "Bijeenkomsten van een CoP (leden): komend (standaard, eerstvolgende eerst) of geweest (komend=false)")
    public List<Bijeenkomst> meetings(@PathParam("id") long id, @QueryParam("komend") @DefaultValue("true") boolean upcoming,
                                      @BeanParam Paging paging) {
        return paging.of(meetings.meetings(id, upcoming, apiCaller.get())).map(Bijeenkomst::of);
    }

    @POST
    @Path("{id}/bijeenkomsten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bijeenkomst plannen (facilitator). soort BIJEENKOMST of INTERVISIE; begin en einde als lokale tijd "
            + "in Europe/Amsterdam (2026-12-03T10:00); een plaats of een onlineLink")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Bijeenkomst.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response plan(@PathParam("id") long id, NieuweBijeenkomst body) {
        ApiException.requireBody(body, Message.of("api.body.meeting"));
        Meeting meeting = meetings.plan(id, MeetingResource.input(body), apiCaller.get());
        return Created.at(uriInfo, "bijeenkomsten", meeting.getId(), Bijeenkomst.of(meeting));
    }

    @GET
    @Path("{id}/opbrengsten")
    @Operation(summary = "Opbrengsten van een CoP: alle voor leden, alleen de gedeelde voor anderen")
    public List<Opbrengst> outcomes(@PathParam("id") long id, @BeanParam Paging paging) {
        return paging.of(outcomes.outcomes(id, apiCaller.get())).map(Opbrengst::of);
    }

    @POST
    @Path("{id}/opbrengsten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een opbrengst vastleggen (facilitator): INZICHT, GOEDE_PRAKTIJK of KNELPUNT, eventueel uit een "
            + "bijeenkomst of discussie, met thema's (zonder: die van de CoP) en eventueel een gemeente of regio. Een KNELPUNT "
            + "meldt u daarna met POST /knelpunten en opbrengst=<id>")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Opbrengst.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response record(@PathParam("id") long id, NieuweOpbrengst body) {
        ApiException.requireBody(body, Message.of("api.body.outcome"));
        Outcome outcome = outcomes.record(id, new OutcomeService.OutcomeInput(
                CommunityResource.parse(OutcomeKind.class, "soort", body.soort()), body.titel(), body.omschrijving(),
                body.bijeenkomst(), body.discussie(), body.themas(), body.gemeente(), body.regio()), apiCaller.get());
        return Created.at(uriInfo, "opbrengsten", outcome.getId(), Opbrengst.of(outcome));
    }
}
