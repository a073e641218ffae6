package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.interfaces.rest.knelpunten.NieuweReactie;
import nl.lerendstelsel.interfaces.rest.knelpunten.Reactie;
import nl.lerendstelsel.interfaces.rest.knelpunten.Reacties;
import nl.lerendstelsel.interfaces.rest.knelpunten.Volgen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The comments on a knelpunt, and following it (notifications of every change). */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckCommentResource {

    @Inject
    CommentService comments;

    @Inject
    ApiCaller caller;

    @GET
    @Path("{referentie}/reacties")
    @Operation(summary = "De reacties op een knelpunt, oudste eerst, per pagina")
    public Reacties comments(@PathParam("referentie") String reference, @BeanParam Paging paging) {
        CommentService.Page result = comments.comments(reference, paging.page(), paging.size(), caller.get());
        return new Reacties(result.items().stream().map(Reactie::of).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Path("{referentie}/reacties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reageren op een knelpunt (professional, behandelaar, beheerder); u volgt het daarna. "
            + "Persoonsgegevens geven 422.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reactie.class)))
    public Response comment(@PathParam("referentie") String reference, NieuweReactie body) {
        Comment created = comments.comment(reference, body == null ? null : body.tekst(), caller.get());
        return Response.status(Response.Status.CREATED).entity(Reactie.of(created)).build();
    }

    @GET
    @Path("{referentie}/volgen")
    @Operation(summary = "Of u dit knelpunt volgt")
    public Volgen following(@PathParam("referentie") String reference) {
        return new Volgen(comments.isFollowing(reference, caller.get()));
    }

    @PUT
    @Path("{referentie}/volgen")
    @Operation(summary = "Dit knelpunt volgen: u krijgt meldingen van elke wijziging")
    public Volgen follow(@PathParam("referentie") String reference) {
        comments.follow(reference, true, caller.get());
        return new Volgen(true);
    }

    @DELETE
    @Path("{referentie}/volgen")
    @Operation(summary = "Dit knelpunt niet meer volgen (als melder of steunende organisatie blijft u terugkoppeling krijgen)")
    public Volgen unfollow(@PathParam("referentie") String reference) {
        comments.follow(reference, false, caller.get());
        return new Volgen(false);
    }
}
