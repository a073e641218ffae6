package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.ModerationService;
import nl.lerendstelsel.domain.model.community.Flag;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.community.ModerationAct;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.interfaces.rest.cops.Aan;
import nl.lerendstelsel.interfaces.rest.cops.Bericht;
import nl.lerendstelsel.interfaces.rest.cops.Discussie;
import nl.lerendstelsel.interfaces.rest.cops.DiscussieMetBerichten;
import nl.lerendstelsel.interfaces.rest.cops.Inhoud;
import nl.lerendstelsel.interfaces.rest.cops.Melding;
import nl.lerendstelsel.interfaces.rest.cops.ModeratieBesluit;
import nl.lerendstelsel.interfaces.rest.cops.NieuweMelding;
import nl.lerendstelsel.interfaces.rest.cops.TeBeoordelen;
import nl.lerendstelsel.interfaces.rest.cops.Versie;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Threads and posts of CoP discussions at their own addresses, flags and the moderation queue; a CoP's list of
 * threads and starting one are in {@link CommunityContentResource}. The JSON records are in {@code rest.cops}.
 */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Communities of Practice")
public class DiscussionResource {

    @Inject
    DiscussionService discussions;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    ModerationService moderation;

    @Inject
    ApiCaller apiCaller;

    @GET
    @Path("discussies/{id}")
    @Operation(summary = "Een discussie met één pagina berichten (leden), oudste eerst; de header Link wijst de laatste pagina. Lezen "
            + "markeert de discussie als gelezen; 'nieuw' zegt welke berichten na uw vorige bezoek kwamen.")
    public DiscussieMetBerichten read(@PathParam("id") long id, @BeanParam Paging paging) {
        DiscussionQueries.PostPage result = discussionQueries.read(id, paging.page(), paging.size(), apiCaller.get());
        return new DiscussieMetBerichten(Discussie.of(result.thread(), null),
                result.items().stream().map(Bericht::of).toList(), result.total(), result.page(), result.pageSize(), result.following());
    }

    @POST
    @Path("discussies/{id}/berichten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reageren in een discussie (leden); niet in een gesloten discussie")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Bericht.class)))
    public Response reply(@PathParam("id") long id, Inhoud body) {
        Post post = discussions.reply(id, body == null ? null : body.body(), apiCaller.get());
        return Response.status(Response.Status.CREATED).entity(Bericht.own(post)).build();
    }

    @PUT
    @Path("discussies/{id}/volgen")
    @Operation(summary = "Een discussie volgen: meldingen bij nieuwe berichten")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response follow(@PathParam("id") long id) {
        discussions.follow(id, true, apiCaller.get());
        return Response.noContent().build();
    }

    @DELETE
    @Path("discussies/{id}/volgen")
    @Operation(summary = "Een discussie niet meer volgen")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response unfollow(@PathParam("id") long id) {
        discussions.follow(id, false, apiCaller.get());
        return Response.noContent().build();
    }

    @PUT
    @Path("discussies/{id}/vastgezet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een discussie bovenaan vastzetten of losmaken (facilitator van de CoP)")
    public Discussie pin(@PathParam("id") long id, Aan body) {
        return Discussie.of(discussions.pin(id, body == null || body.on(), apiCaller.get()), null);
    }

    @PUT
    @Path("discussies/{id}/gesloten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een discussie sluiten of heropenen (facilitator van de CoP)")
    public Discussie lock(@PathParam("id") long id, Aan body) {
        return Discussie.of(discussions.lock(id, body == null || body.on(), apiCaller.get()), null);
    }

    @PATCH
    @Path("berichten/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Uw eigen bericht bewerken; de vorige tekst blijft bewaard en het bericht toont 'bewerkt'")
    public Bericht edit(@PathParam("id") long id, Inhoud body) {
        return Bericht.own(discussions.edit(id, body == null ? null : body.body(), body == null ? null : body.versie(), apiCaller.get()));
    }

    @DELETE
    @Path("berichten/{id}")
    @Operation(summary = "Uw eigen bericht verwijderen: de tekst en eerdere teksten worden gewist, er blijft een aanduiding staan")
    public Bericht delete(@PathParam("id") long id) {
        return Bericht.own(discussions.delete(id, apiCaller.get()));
    }

    @GET
    @Path("berichten/{id}/versies")
    @Operation(summary = "Eerdere teksten van een bewerkt bericht, oudste eerst (alleen facilitatoren van de CoP en beheerders)")
    public List<Versie> revisions(@PathParam("id") long id) {
        return discussionQueries.revisions(id, apiCaller.get()).stream().map(r -> new Versie(r.getBodyHtml(), r.getWrittenAt())).toList();
    }

    @POST
    @Path("berichten/{id}/meldingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bericht melden bij de facilitator (leden); reden SPAM, ONGEPAST, PERSOONSGEGEVENS of ANDERS "
            + "(met toelichting). Na drie meldingen wordt het verborgen tot een facilitator het heeft beoordeeld.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Melding.class)))
    public Response flag(@PathParam("id") long id, NieuweMelding body) {
        Flag flag = moderation.flag(id, body == null ? null : CommunityResource.parse(FlagReason.class, "reden", body.reden()),
                body == null ? null : body.toelichting(), apiCaller.get());
        return Response.status(Response.Status.CREATED).entity(Melding.of(flag)).build();
    }

    @GET
    @Path("moderatie")
    @Operation(summary = "De beoordelingslijst: gemelde berichten in de CoP's die u faciliteert (beheerders: alle)")
    public List<TeBeoordelen> queue(@BeanParam Paging paging) {
        return paging.of(moderation.queue(apiCaller.get())).map(r -> new TeBeoordelen(r.post().getId(), r.post().getThread().getId(),
                r.post().getThread().getCommunity().getId(), r.post().getThread().getTitle(), r.post().getAuthor().getDisplayName(),
                r.post().getBodyHtml(), r.post().getStatus().name(), r.flags().stream().map(Melding::of).toList()));
    }

    @POST
    @Path("berichten/{id}/moderatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Besluit over een gemeld bericht (facilitator van die CoP): GOEDKEUREN, VERBERGEN of VERWIJDEREN "
            + "(met reden die de auteur ziet), of MELDING_AFWIJZEN met het id van de melding")
    public Bericht moderate(@PathParam("id") long id, ModeratieBesluit body) {
        Post post = moderation.moderate(id, body == null ? null : CommunityResource.parse(ModerationAct.class, "besluit", body.besluit()),
                body == null ? null : body.melding(), body == null ? null : body.reden(), apiCaller.get());
        return Bericht.of(new DiscussionQueries.PostView(post, post.getBodyHtml(), false, false));
    }
}
