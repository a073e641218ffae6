package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The settings admins may change while the platform runs (support threshold, deadlines, reopen window, the ministry's
 * deadlines, the flag threshold, upload limits). Admins only; a change applies from then on and is audited.
 */
@Path("instellingen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class SettingsResource {

    @Inject
    SettingsService settings;

    @Inject
    ApiCaller apiCaller;

    /** One setting: its key, value in force, the value without changes, the allowed range and the last change. */
    public record Instelling(String sleutel, long waarde, long standaard, long minimum, long maximum, boolean gewijzigd,
                             @NotRequired String gewijzigdDoor, @NotRequired Instant gewijzigdOp) {
        static Instelling of(SettingsService.Shown shown) {
            Setting s = shown.setting();
            return new Instelling(s.key(), shown.value(), shown.defaultValue(), s.min(), s.max(), shown.changed(), shown.changedBy(),
                    shown.changedAt());
        }
    }

    @GET
    @Operation(summary = "De instellingen met hun waarde, standaardwaarde en bereik (beheerders)")
    public List<Instelling> list() {
        requireAdmin(apiCaller.get());
        return settings.overview().stream().map(Instelling::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Instellingen wijzigen (beheerders): een object met sleutel → waarde, bijvoorbeeld "
            + "{\"steun.drempel.gemeenten\": 4}; alle waarden worden samen gecontroleerd; geldt vanaf nu")
    public List<Instelling> change(Map<String, Long> body) {
        Caller caller = apiCaller.get();
        requireAdmin(caller);
        if (body == null || body.isEmpty()) {
            throw new ApiException(400, Message.of("input.settings.none"));
        }
        Map<Setting, Long> changes = new EnumMap<>(Setting.class);
        FieldErrors unknown = new FieldErrors();
        body.forEach((key, value) -> Setting.byKey(key).ifPresentOrElse(s -> changes.put(s, value),
                () -> unknown.put(key, Message.of("input.settings.unknown"))));
        unknown.throwIfAny();
        settings.change(changes, caller);
        return settings.overview().stream().map(Instelling::of).toList();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.settings.view"));
        }
    }

}
