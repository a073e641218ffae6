package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
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
 * tables, chosen by the {@code Accept} header; made while the request waits (at most half a minute). Coordinators, the
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
    @Produces(SignalReportResource.PDF)
    @Operation(summary = "De jaarrapportage van een kalenderjaar als toegankelijke PDF (PDF/UA-1); het lopende jaar tot vandaag")
    @APIResponse(responseCode = "200", description = "De jaarrapportage als PDF", content = @Content(mediaType = SignalReportResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("jaar") int year) {
        return Response.ok(ReportPdf.render(document(year)), SignalReportResource.PDF)
                .header("Content-Disposition", ContentDisposition.attachment("jaarrapportage-" + year + ".pdf")).build();
    }

    @GET
    @Path("{jaar}")
    @Produces(ZIP)
    @Operation(summary = "De tabellen van de jaarrapportage als ZIP-bestand met één CSV-bestand per tabel")
    @APIResponse(responseCode = "200", description = "De tabellen als ZIP", content = @Content(mediaType = ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response zip(@PathParam("jaar") int year) {
        return Response.ok(ReportTablesZip.render(document(year)), ZIP)
                .header("Content-Disposition", ContentDisposition.attachment("jaarrapportage-" + year + "-tabellen.zip")).build();
    }

    private ReportDocument document(int year) {
        return AnnualReportDocument.of(service.report(year, apiCaller.get(), part -> { }), Locale.forLanguageTag("nl"));
    }
}
