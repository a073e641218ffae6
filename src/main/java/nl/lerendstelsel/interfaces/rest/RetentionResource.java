package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.lerendstelsel.application.administration.RetentionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data retention (AVG) for admins: what the next run would anonymise, and running it now. */
@Path("beheer/bewaartermijn")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class RetentionResource {

    @Inject
    RetentionService retention;

    @Inject
    ApiCaller apiCaller;

    @Schema(name = "BewaartermijnKnelpunt")
    public record Knelpunt(String referentie, String titel, String status, String afgerondOp, long reacties, long bijlagen,
                           long steunbetuigingen, long volgers) {
    }

    public record Voorbeeld(int bewaartermijnMaanden, String vandaag, String afgerondOpOfVoor, long aantal, List<Knelpunt> knelpunten) {
    }

    public record Uitvoering(String afgerondOpOfVoor, int knelpunten, int personen, int reacties, int bijlagen, int steunbetuigingen) {
    }

    @GET
    @Operation(summary = "Wat de volgende uitvoering van de bewaartermijn anonimiseert (beheerders): het aantal knelpunten dat langer "
            + "dan de bewaartermijn opgelost of gesloten is en nog niet geanonimiseerd, en de eerste 200 ervan, oudste eerst.")
    public Voorbeeld preview() {
        RetentionService.Preview p = retention.preview(apiCaller.get());
        return new Voorbeeld(p.months(), p.today().toString(), p.cutoff().toString(), p.total(), p.first().stream()
                .map(c -> new Knelpunt(c.reference(), c.title(), c.status(), String.valueOf(c.finishedOn()), c.comments(), c.attachments(),
                        c.supports(), c.followers())).toList());
    }

    @POST
    @Path("uitvoeringen")
    @Operation(summary = "De bewaartermijn nu toepassen (beheerders): anonimiseert wat GET /beheer/bewaartermijn toont. Elke "
            + "geanonimiseerde knelpunt en de uitvoering zelf komen in het auditlog; een tweede uitvoering vindt niets meer.")
    public Uitvoering run() {
        RetentionService.Run r = retention.runNow(apiCaller.get());
        return new Uitvoering(r.cutoff().toString(), r.knelpunten(), r.people(), r.comments(), r.attachments(), r.supports());
    }
}
