package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.lerendstelsel.application.administration.BackupService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An online backup of the embedded database, for admins ({@code tools/backup.sh} calls this). */
@Path("beheer/back-ups")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class BackupResource {

    @Inject
    BackupService backups;

    @Inject
    ApiCaller apiCaller;

    public record BackUp(String map, long bytes, long milliseconden) {
    }

    @POST
    @Operation(summary = "Een back-up van de database maken terwijl de applicatie doorwerkt (beheerders; embedded Derby). "
            + "Bij PostgreSQL: 409, gebruik pg_dump.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BackUp.class)))
    public Response create() {
        BackupService.Backup backup = backups.backup(apiCaller.get());
        return Response.status(201).entity(new BackUp(backup.folder().toString(), backup.bytes(), backup.millis())).build();
    }
}
