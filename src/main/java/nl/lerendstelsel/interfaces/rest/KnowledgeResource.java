package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kennisbank: public reading, editors' management. */
@Path("kennisbank")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kennisbank")
public class KnowledgeResource {

    @Inject
    KnowledgeService service;

    @Inject
    ApiCaller apiCaller;

    public record Kennisitem(long id, String titel, String bron, LocalDate datum, String samenvatting, String link, String soort,
                             List<String> themas, long versie) {
        static Kennisitem of(KnowledgeItem k) {
            return new Kennisitem(k.getId(), k.getTitle(), k.getSource(), k.getPublishedOn(), k.getSummary(), k.getLink(), k.getType().name(),
                    k.getThemes().stream().map(Theme::getCode).toList(), k.getVersion());
        }
    }

    public record Items(List<Kennisitem> items, long totaal, int pagina, int paginaGrootte) {
    }

    public record NieuwItem(String titel, String bron, LocalDate datum, String samenvatting, String link, String soort, List<String> themas) {
        KnowledgeService.ItemInput input() {
            return new KnowledgeService.ItemInput(titel, bron, datum, samenvatting, link,
                    CommunityResource.parse(KnowledgeType.class, "soort", soort), themas);
        }
    }

    @GET
    @Operation(summary = "Kennisitems, nieuwste eerst; te filteren op soort (ONDERZOEK, HANDREIKING, NIEUWS, MONITOR) en thema (openbaar)")
    public Items list(@QueryParam("soort") String type, @QueryParam("thema") String theme,
                      @QueryParam("pagina") @DefaultValue("1") int page, @QueryParam("paginaGrootte") @DefaultValue("20") int pageSize) {
        KnowledgeService.Page result = service.list(CommunityResource.parse(KnowledgeType.class, "soort", type), theme, page, pageSize);
        return new Items(result.items().stream().map(Kennisitem::of).toList(), result.total(), result.page(), result.pageSize());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén kennisitem (openbaar)")
    public Kennisitem get(@PathParam("id") long id) {
        return Kennisitem.of(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een kennisitem toevoegen (redacteuren)")
    public Response create(NieuwItem body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.knowledge.body"));
        }
        return Response.status(Response.Status.CREATED).entity(Kennisitem.of(service.save(null, body.input(), apiCaller.get()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een kennisitem wijzigen (redacteuren)")
    public Kennisitem update(@PathParam("id") long id, NieuwItem body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.knowledge.body"));
        }
        return Kennisitem.of(service.save(id, body.input(), apiCaller.get()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Een kennisitem verwijderen (redacteuren)")
    public Response delete(@PathParam("id") long id) {
        service.remove(id, apiCaller.get());
        return Response.noContent().build();
    }
}
