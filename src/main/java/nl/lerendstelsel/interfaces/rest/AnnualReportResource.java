package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.Locale;
import nl.lerendstelsel.application.statistics.AnnualReportService;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import nl.lerendstelsel.infrastructure.report.ReportPdf;
import nl.lerendstelsel.infrastructure.report.ReportTablesZip;
import nl.lerendstelsel.interfaces.web.statistics.AnnualReportDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The annual report (jaarrapportage) of a calendar year as a tagged, accessible PDF (PDF/UA-1) or as a ZIP of CSV
 * tables, chosen by the {@code Accept} header; made while the request waits. Coordinators, the
 * ministry and admins only; the page {@code /app/dashboard/jaarrapportage.xhtml} makes it in the background instead.
 */
@Path("statistieken/jaarrapportage")
@RequestScoped
@PermitAll
@Tag(name = "Statistieken")
@SecurityRequirement(name = "keycloak")
public class AnnualReportResource {

    static final String ZIP = "application/zip";

    @Inject
    AnnualReportService service;

    @Inject
    ApiCaller apiCaller;

    @GET
    @Path("{jaar}")
    @Produces({SignalReportResource.PDF, ZIP})
    @Operation(summary = "De jaarrapportage van een kalenderjaar (het lopende jaar tot vandaag): met Accept: application/pdf als "
            + "toegankelijke PDF (PDF/UA-1), met Accept: application/zip de tabellen als ZIP-bestand met één CSV-bestand per tabel")
    @APIResponse(responseCode = "200", description = "De jaarrapportage als PDF of de tabellen als ZIP", content = {
            @Content(mediaType = SignalReportResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response annualReport(@PathParam("jaar") int year, @Context Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.valueOf(SignalReportResource.PDF), MediaType.valueOf(ZIP)).build());
        boolean zip = chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(ZIP));
        ReportDocument document = document(year);
        return zip
                ? Response.ok(ReportTablesZip.render(document), ZIP)
                        .header("Content-Disposition", ContentDisposition.attachment("jaarrapportage-" + year + "-tabellen.zip")).build()
                : Response.ok(ReportPdf.render(document), SignalReportResource.PDF)
                        .header("Content-Disposition", ContentDisposition.attachment("jaarrapportage-" + year + ".pdf")).build();
    }

    private ReportDocument document(int year) {
        return AnnualReportDocument.of(service.report(year, apiCaller.get(), part -> { }), Locale.forLanguageTag("nl"));
    }
}
