package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.lerendstelsel.application.administration.AuditLogService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.infrastructure.report.AuditLogCsv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for admins (BIO 8.15.01): read only, a page at a time, newest first, and as CSV. */
@Path("auditlog")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class AuditLogResource {

    @Inject
    AuditLogService auditLog;

    @Inject
    ApiCaller apiCaller;

    @Schema(name = "AuditlogRegel")
    public record Regel(long id, String tijdstip, String actor, String actie, String objecttype, @NotRequired String object,
                        String resultaat, @NotRequired String herkomst, @NotRequired String details) {
        static Regel of(AuditEntry e) {
            return new Regel(e.getId(), DateTimeFormatter.ISO_INSTANT.format(e.getOccurredAt()), e.isActorPseudonymised()
                    ? Message.of("audit.pseudonymised").in(Message.DUTCH) : e.getActor(), e.getAction(),
                    e.getObjectType(), e.getObjectId(), e.getResult(), e.getOrigin(), e.getDetails());
        }
    }

    @Schema(name = "AuditlogPagina")
    public record Pagina(List<Regel> regels, @NotRequired String volgende) {
    }

    @GET
    @Operation(summary = "Het auditlog (beheerders), nieuwste eerst. Filters: van en tot (dagen, JJJJ-MM-DD, beide inbegrepen), actor "
            + "(gebruikersnaam), actie (bijv. KNELPUNT_OPLOSSEN), objecttype (bijv. Bottleneck), object (begin van de id, bijv. KP-2026). "
            + "Per pagina hoogstens 500 regels (aantal); geef 'volgende' uit het antwoord mee als 'na' voor de volgende pagina. "
            + "Regels kunnen niet worden gewijzigd of verwijderd.")
    public Pagina page(@QueryParam("van") String from, @QueryParam("tot") String until, @QueryParam("actor") String actor,
                       @QueryParam("actie") String action, @QueryParam("objecttype") String objectType,
                       @QueryParam("object") String objectId, @QueryParam("na") String after,
                       @QueryParam("aantal") @DefaultValue("50") int size) {
        Caller caller = apiCaller.get();
        AuditFilter filter = AuditLogParameters.filter(from, until, actor, action, objectType, objectId);
        AuditLogService.Page page = auditLog.page(filter, AuditLogParameters.cursor(after), size, caller);
        return new Pagina(page.entries().stream().map(Regel::of).toList(), AuditLogParameters.cursor(page.next()));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Het auditlog als CSV (beheerders; puntkomma's, UTF-8 met BOM, Nederlandse kolomkoppen), met dezelfde filters; "
            + "alle regels die passen, nieuwste eerst. De export zelf komt ook in het auditlog.")
    @APIResponse(responseCode = "200", description = "Het auditlog als CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("van") String from, @QueryParam("tot") String until, @QueryParam("actor") String actor,
                           @QueryParam("actie") String action, @QueryParam("objecttype") String objectType,
                           @QueryParam("object") String objectId) {
        Caller caller = apiCaller.get();
        AuditFilter filter = AuditLogParameters.filter(from, until, actor, action, objectType, objectId);
        auditLog.mayRead(caller); // before the response starts
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            AuditLogCsv csv = new AuditLogCsv(writer);
            auditLog.export(filter, caller, csv::add);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("auditlog.csv")).build();
    }
}
