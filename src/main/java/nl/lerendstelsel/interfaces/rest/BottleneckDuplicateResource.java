package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.interfaces.rest.knelpunten.Gesplitst;
import nl.lerendstelsel.interfaces.rest.knelpunten.Knelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.Samenvoegen;
import nl.lerendstelsel.interfaces.rest.knelpunten.Splitsen;
import nl.lerendstelsel.interfaces.rest.knelpunten.Vergelijkbaar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Duplicates: knelpunten that resemble one being typed, merging a duplicate, and splitting one into several. */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckDuplicateResource {

    @Inject
    DuplicateService duplicates;

    @Inject
    BottleneckLookup lookup;

    @GET
    @Path("vergelijkbaar")
    @Operation(summary = "Knelpunten die lijken op een titel (en omschrijving), open eerst, met het percentage overeenkomst; "
            + "voor suggesties terwijl iemand een nieuw knelpunt typt")
    public List<Vergelijkbaar> similar(@QueryParam("titel") String title, @QueryParam("omschrijving") String description,
                                       @QueryParam("aantal") @DefaultValue("5") int limit) {
        return duplicates.similar(title, description, null, limit, lookup.caller()).stream()
                .map(s -> new Vergelijkbaar(s.bottleneck().getReference(), s.bottleneck().getTitle(), s.bottleneck().getLevel().code(),
                        s.bottleneck().getStatus().name(), s.percent()))
                .toList();
    }

    @POST
    @Path("{referentie}/samenvoegen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dit knelpunt (een dubbele melding) samenvoegen met het knelpunt dat blijft (behouden): het wordt "
            + "gesloten met terugkoppeling die ernaar verwijst; steun, volgers en geschiedenis gaan mee. Behandelaar van het "
            + "niveau of beheerder; een toelichting is verplicht.")
    public Knelpunt merge(@PathParam("referentie") String reference, Samenvoegen body) {
        Samenvoegen given = body == null ? new Samenvoegen(null, null, null) : body;
        duplicates.merge(reference, given.behouden(), given.toelichting(), given.versie(), lookup.caller());
        return lookup.knelpunt(reference);
    }

    @POST
    @Path("{referentie}/splitsen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een knelpunt met meerdere problemen splitsen in 2 tot en met 5 nieuwe knelpunten op hetzelfde niveau "
            + "(behandelaar van het niveau of beheerder); het oorspronkelijke wordt gesloten met terugkoppeling die de delen noemt")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Gesplitst.class)))
    public Response split(@PathParam("referentie") String reference, Splitsen body) {
        Splitsen given = body == null ? new Splitsen(List.of(), null, null) : body;
        List<DuplicateService.Part> parts = given.delen() == null ? List.of()
                : given.delen().stream().map(d -> new DuplicateService.Part(d == null ? null : d.titel(), d == null ? null : d.omschrijving())).toList();
        List<String> references = duplicates.split(reference, parts, given.toelichting(), given.versie(), lookup.caller());
        return Response.status(Response.Status.CREATED).entity(new Gesplitst(references)).build();
    }
}
