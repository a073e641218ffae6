package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The kennisbank: public reading of published items and their files; editors write concepts, publish, archive (nothing
 * is deleted) and attach a file.
 */
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

    @Inject
    CurrentUser currentUser;

    /** An item's file, without its content (download: {@code GET /kennisbank/{id}/bestand}). */
    public record Bestand(String naam, @OneOf(AttachmentKind.class) String soort, String mediatype, long grootte, String sha256) {
        static Bestand of(KnowledgeItem k) {
            return k.hasFile() ? new Bestand(k.getFileName(), k.getFileKind().name(), k.getFileKind().mediaType(), k.getFileSize(),
                    k.getFileSha256()) : null;
        }
    }

    public record Kennisitem(long id, String titel, String bron, LocalDate datum, String samenvatting, @NotRequired String link,
                             @OneOf(KnowledgeType.class) String soort, List<String> themas,
                             @OneOf(KnowledgeStatus.class) String status, @NotRequired Instant statusGewijzigd,
                             @NotRequired Bestand bestand, long versie) {
        static Kennisitem of(KnowledgeItem k) {
            return new Kennisitem(k.getId(), k.getTitle(), k.getSource(), k.getPublishedOn(), k.getSummary(), k.getLink(), k.getType().name(),
                    k.getThemes().stream().map(Theme::getCode).toList(), k.getStatus().name(), k.getStatusChangedAt(), Bestand.of(k),
                    k.getVersion());
        }
    }

    public record Items(List<Kennisitem> items, long totaal, int pagina, int paginaGrootte) implements Paged {
    }

    public record NieuwItem(String titel, String bron, @NotRequired LocalDate datum, String samenvatting,
                            @NotRequired String link, @NotRequired @OneOf(KnowledgeType.class) String soort,
                            @NotRequired List<String> themas) {
        KnowledgeService.ItemInput input() {
            return new KnowledgeService.ItemInput(titel, bron, datum, samenvatting, link,
                    CommunityResource.parse(KnowledgeType.class, "soort", soort), themas);
        }
    }

    @GET
    @Operation(summary = "Kennisitems, nieuwste eerst; te filteren op soort (ONDERZOEK, MONITOR, HANDREIKING, ANALYSE, INFOGRAPHIC, "
            + "NIEUWS, HULPMIDDEL) en thema. Openbaar: de gepubliceerde; redacteuren kunnen met status ook CONCEPT of GEARCHIVEERD opvragen")
    public Items list(@QueryParam("soort") @OneOf(KnowledgeType.class) String type, @QueryParam("thema") String theme,
                      @QueryParam("status") @OneOf(KnowledgeStatus.class) String status, @BeanParam Paging paging) {
        KnowledgeService.Page result = service.list(CommunityResource.parse(KnowledgeStatus.class, "status", status),
                CommunityResource.parse(KnowledgeType.class, "soort", type), theme, paging.page(), paging.size(), currentUser.caller());
        return new Items(result.items().stream().map(Kennisitem::of).toList(), result.total(), result.page(), result.pageSize());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén kennisitem (openbaar als het gepubliceerd is; concepten en gearchiveerde alleen voor redacteuren)")
    public Kennisitem get(@PathParam("id") long id) {
        return Kennisitem.of(service.read(id, currentUser.caller()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een kennisitem toevoegen als concept (redacteuren); publiceren is een aparte stap")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Kennisitem.class)))
    public Response create(NieuwItem body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.knowledge.body"));
        }
        return Response.status(Response.Status.CREATED).entity(Kennisitem.of(service.save(null, body.input(), apiCaller.get()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een kennisitem wijzigen (redacteuren); het wordt weer een concept tot het opnieuw is gepubliceerd")
    public Kennisitem update(@PathParam("id") long id, NieuwItem body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.knowledge.body"));
        }
        return Kennisitem.of(service.save(id, body.input(), apiCaller.get()));
    }

    @POST
    @Path("{id}/publiceren")
    @Operation(summary = "Een concept of gearchiveerd kennisitem publiceren (redacteuren)")
    public Kennisitem publish(@PathParam("id") long id) {
        return Kennisitem.of(service.publish(id, apiCaller.get()));
    }

    @POST
    @Path("{id}/archiveren")
    @Operation(summary = "Een kennisitem archiveren (redacteuren): het verdwijnt van de openbare pagina's en uit de zoekfunctie, "
            + "en blijft bewaard")
    public Kennisitem archive(@PathParam("id") long id) {
        return Kennisitem.of(service.archive(id, apiCaller.get()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Hetzelfde als archiveren (redacteuren): kennisitems worden niet verwijderd, alleen gearchiveerd")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response delete(@PathParam("id") long id) {
        service.archive(id, apiCaller.get());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/bestand")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Een bestand bij een kennisitem zetten of vervangen (redacteuren; multipart/form-data, veld 'bestand'): PDF, "
            + "PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint of OpenDocument, herkend aan de inhoud, binnen de bijlagelimiet. "
            + "Het item wordt weer een concept")
    public Kennisitem putFile(@PathParam("id") long id, @FormParam("bestand") EntityPart file) throws IOException {
        var caller = apiCaller.get();
        byte[] content = FileTransfers.upload(file, service.maxBytes());
        return Kennisitem.of(service.attachFile(id, file.getFileName().orElse(null), content, caller));
    }

    @GET
    @Path("{id}/bestand")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Het bestand van een kennisitem downloaden (openbaar als het item gepubliceerd is)")
    @APIResponse(responseCode = "200", description = "Het bestand (Content-Type zegt welk)", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id) {
        KnowledgeService.Download download = service.download(id, currentUser.caller());
        return FileTransfers.download(download.content(), download.item().getFileKind().mediaType(), download.fileName());
    }

    @DELETE
    @Path("{id}/bestand")
    @Operation(summary = "Het bestand van een kennisitem verwijderen (redacteuren); het item wordt weer een concept")
    public Kennisitem removeFile(@PathParam("id") long id) {
        return Kennisitem.of(service.removeFile(id, apiCaller.get()));
    }
}
