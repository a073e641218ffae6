package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.text.Message;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Data retention (AVG) for admins: the period per kind and changing it, what the next run would erase or anonymise, and
 * running it now.
 */
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

    /** One kind: its key, unit (maanden, jaren), period, the last day whose items are due, and how many are. */
    public record Soort(String soort, String eenheid, int termijn, String totEnMet, long aantal) {
    }

    public record Voorbeeld(int bewaartermijnMaanden, String vandaag, String afgerondOpOfVoor, long aantal, List<Knelpunt> knelpunten,
                            List<Soort> soorten) {
    }

    public record Uitvoering(String afgerondOpOfVoor, int knelpunten, int personen, int reacties, int bijlagen, int steunbetuigingen,
                             int berichten, int signalen, int meldingen, int vragen, int profielen) {
    }

    @GET
    @Operation(summary = "Wat de volgende uitvoering van de bewaartermijnen doet (beheerders): het aantal knelpunten dat langer "
            + "dan de bewaartermijn opgelost of gesloten is en nog niet geanonimiseerd, de eerste 200 ervan, oudste eerst, en per "
            + "soort (soorten) de termijn, de peildatum en het aantal dat gewist wordt.")
    public Voorbeeld preview() {
        RetentionService.Preview p = retention.preview(apiCaller.get());
        return new Voorbeeld(p.months(), p.today().toString(), p.cutoff().toString(), p.total(), p.first().stream()
                .map(c -> new Knelpunt(c.reference(), c.title(), c.status(), String.valueOf(c.finishedOn()), c.comments(), c.attachments(),
                        c.supports(), c.followers())).toList(),
                p.kinds().stream().map(k -> new Soort(key(k.kind()), k.kind().unit().name().toLowerCase(Locale.ROOT), k.length(),
                        k.cutoff().toString(), k.due())).toList());
    }

    @PUT
    @Path("termijnen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bewaartermijnen wijzigen (beheerders): een object met soort → termijn, bijvoorbeeld {\"berichten\": 36, "
            + "\"signalen\": 7}; soorten: knelpunten, berichten, meldingen, vragen, profielen (maanden) en signalen (jaren). Alle "
            + "waarden worden samen gecontroleerd, elke wijziging komt in het auditlog; geeft het voorbeeld met de nieuwe termijnen.")
    public Voorbeeld change(Map<String, Long> body) {
        if (body == null || body.isEmpty()) {
            throw new ApiException(400, Message.of("input.settings.none"));
        }
        Map<RetentionKind, Long> changes = new EnumMap<>(RetentionKind.class);
        FieldErrors unknown = new FieldErrors();
        body.forEach((key, value) -> kind(key).ifPresentOrElse(k -> changes.put(k, value),
                () -> unknown.put(key, Message.of("input.settings.unknown"))));
        unknown.throwIfAny();
        retention.changePeriods(changes, apiCaller.get());
        return preview();
    }

    private static String key(RetentionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<RetentionKind> kind(String key) {
        return Arrays.stream(RetentionKind.values()).filter(k -> key(k).equals(key)).findFirst();
    }

    @POST
    @Path("uitvoeringen")
    @Operation(summary = "De bewaartermijnen nu toepassen (beheerders): wist of anonimiseert wat GET /beheer/bewaartermijn toont. Elk "
            + "gewist item en de uitvoering zelf (met de aantallen) komen in het auditlog; een tweede uitvoering vindt niets meer.")
    public Uitvoering run() {
        RetentionService.Run r = retention.runNow(apiCaller.get());
        return new Uitvoering(r.cutoff().toString(), r.knelpunten(), r.people(), r.comments(), r.attachments(), r.supports(),
                r.erased(RetentionKind.BERICHTEN), r.erased(RetentionKind.SIGNALEN), r.erased(RetentionKind.MELDINGEN),
                r.erased(RetentionKind.VRAGEN), r.erased(RetentionKind.PROFIELEN));
    }
}
