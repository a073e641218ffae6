package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.interfaces.rest.knelpunten.Bijlage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attachments of a knelpunt: list, upload (multipart), download and remove. */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckAttachmentResource {

    @Inject
    AttachmentService attachmentService;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{referentie}/bijlagen")
    @Operation(summary = "De bijlagen van een knelpunt (zonder inhoud)")
    public List<Bijlage> attachments(@PathParam("referentie") String reference) {
        return attachmentService.list(reference, caller.get()).stream().map(Bijlage::of).toList();
    }

    @POST
    @Path("{referentie}/bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Een bijlage toevoegen (multipart/form-data, veld 'bestand'): PDF, PNG, JPEG, GIF, WebP, "
            + "Word/Excel/PowerPoint of OpenDocument, herkend aan de inhoud; hoogstens 10 MB en 10 per knelpunt")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Bijlage.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response addAttachment(@PathParam("referentie") String reference, @FormParam("bestand") EntityPart file)
            throws IOException {
        Caller signedIn = caller.get();
        byte[] content = FileTransfers.upload(file, attachmentService.maxBytes());
        Attachment added = attachmentService.add(reference, file.getFileName().orElse(null), content, signedIn);
        return Created.in(uriInfo, added.getId(), Bijlage.of(added));
    }

    @GET
    @Path("{referentie}/bijlagen/{bijlage}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Een bijlage downloaden, met het herkende mediatype")
    @APIResponse(responseCode = "200", description = "De bijlage (PDF, afbeelding of document; Content-Type zegt welk)", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("referentie") String reference, @PathParam("bijlage") long id) {
        AttachmentService.Download download = attachmentService.download(reference, id, caller.get());
        return FileTransfers.download(download.content(), download.attachment().getKind().mediaType(), download.fileName());
    }

    @DELETE
    @Path("{referentie}/bijlagen/{bijlage}")
    @Operation(summary = "Een bijlage verwijderen (wie haar toevoegde zolang het knelpunt open is, of een beheerder)")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response removeAttachment(@PathParam("referentie") String reference, @PathParam("bijlage") long id) {
        attachmentService.remove(reference, id, caller.get());
        return Response.noContent().build();
    }
}
