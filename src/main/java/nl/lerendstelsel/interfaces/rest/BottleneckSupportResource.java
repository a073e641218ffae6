package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.interfaces.rest.knelpunten.Steun;
import nl.lerendstelsel.interfaces.rest.knelpunten.SteunOverzicht;
import nl.lerendstelsel.interfaces.rest.knelpunten.Steunbetuiging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Ook bij ons": who else meets a knelpunt, and saying that your organisation does too. */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckSupportResource {

    @Inject
    BottleneckSupport supporting;

    @Inject
    BottleneckLookup lookup;

    @GET
    @Path("{referentie}/steun")
    @Operation(summary = "Wie dit knelpunt ook tegenkomt: aantallen organisaties, gemeenten en regio's, en de steunbetuigingen")
    public SteunOverzicht supports(@PathParam("referentie") String reference) {
        lookup.caller();
        Bottleneck bottleneck = lookup.load(reference);
        SupportSummary summary = supporting.supportSummary(bottleneck);
        return new SteunOverzicht(summary.organisations(), summary.gemeenten(), summary.regions(),
                summary.proposedForEscalation(), supporting.supports(bottleneck).stream().map(Steunbetuiging::of).toList());
    }

    @POST
    @Path("{referentie}/steun")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ook bij ons: uw organisatie komt dit knelpunt ook tegen (eenmaal per organisatie)")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SteunOverzicht.class)))
    public Response support(@PathParam("referentie") String reference, Steun body) {
        Steun given = body == null ? new Steun(null, null) : body;
        supporting.support(reference, given.gemeente(), given.toelichting(), lookup.caller());
        return Response.status(Response.Status.CREATED).entity(supports(reference)).build();
    }
}
