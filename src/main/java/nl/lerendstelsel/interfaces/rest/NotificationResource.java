package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own notifications and their e-mail choices per kind. */
@Path("meldingen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meldingen")
@SecurityRequirement(name = "keycloak")
public class NotificationResource {

    @Inject
    NotificationService service;

    @Inject
    ApiCaller apiCaller;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** English when the request's Accept-Language puts it before Dutch, else Dutch. */
    private java.util.Locale language() {
        return ProblemLanguageFilter.prefersEnglish(headers.getAcceptableLanguages()).orElse(false)
                ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("nl");
    }

    public record Melding(long id, @OneOf(NotificationKind.class) String soort, String referentie, String titel,
                          @NotRequired String tekst, Instant op, boolean gelezen) {
        /** With title and text in the language the request asks for (Dutch unless English comes first). */
        static Melding of(Notification n, java.util.Locale language) {
            return new Melding(n.getId(), n.getKind().name(), n.getReference(), n.title(language), n.body(language), n.getCreatedAt(),
                    n.isRead());
        }
    }

    @Schema(name = "MeldingenPagina")
    public record Pagina(List<Melding> meldingen, long totaal, long ongelezen, int pagina, int paginaGrootte) implements Paged {
    }

    /** Per kind ({@code TERUGKOPPELING}, {@code STAP}, {@code REACTIE}, {@code STEUN}, {@code TOEGEWEZEN}): DIRECT, DAGELIJKS or GEEN. */
    public record Voorkeuren(@NotRequired Map<String, String> email) {
    }

    @GET
    @Operation(summary = "Uw meldingen, nieuwste eerst, per pagina, met het aantal ongelezen")
    public Pagina list(@BeanParam Paging paging) {
        NotificationService.Page result = service.page(apiCaller.get(), paging.page(), paging.size());
        return new Pagina(result.items().stream().map(n -> Melding.of(n, language())).toList(), result.total(), result.unread(), result.page(),
                result.pageSize());
    }

    @POST
    @Path("{id}/gelezen")
    @Operation(summary = "Eén melding als gelezen markeren")
    public Melding markRead(@PathParam("id") long id) {
        return Melding.of(service.markRead(id, apiCaller.get()), language());
    }

    @POST
    @Path("gelezen")
    @Operation(summary = "Alle meldingen als gelezen markeren")
    public Map<String, Integer> markAllRead() {
        return Map.of("gemarkeerd", service.markAllRead(apiCaller.get()));
    }

    @GET
    @Path("voorkeuren")
    @Operation(summary = "Hoe u per soort melding e-mail krijgt: DIRECT, DAGELIJKS (in een dagelijks overzicht) of GEEN")
    public Voorkeuren preferences() {
        return of(service.preferences(apiCaller.get()));
    }

    @PUT
    @Path("voorkeuren")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uw e-mailkeuzes per soort melding wijzigen; niet genoemde soorten blijven zoals ze waren")
    public Voorkeuren setPreferences(Voorkeuren body) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        if (body != null && body.email() != null) {
            body.email().forEach((kind, delivery) -> choices.put(parse(NotificationKind.class, kind), parse(Delivery.class, delivery)));
        }
        return of(service.setPreferences(choices, apiCaller.get()));
    }

    private static Voorkeuren of(Map<NotificationKind, Delivery> preferences) {
        Map<String, String> email = new LinkedHashMap<>();
        preferences.forEach((kind, delivery) -> email.put(kind.name(), delivery.name()));
        return new Voorkeuren(email);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("email", Message.of("input.notification.unknownValue", String.valueOf(value),
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
