package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people directory for admins: search, correct the organisation link, withdraw or give back access. Roles stay in Keycloak. */
@Path("beheer/personen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class PeopleResource {

    @Inject
    PeopleService people;

    @Inject
    ApiCaller apiCaller;

    public record Persoon(long id, String gebruikersnaam, String naam, @NotRequired String organisatie,
                          @NotRequired String organisatieVolgensKeycloak, boolean organisatieGecorrigeerd, List<String> rollen,
                          boolean actief, String laatsteAanmelding, List<String> regios) {
        static Persoon of(UserProfile u) {
            return new Persoon(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganisation() == null ? null : u.getOrganisation().getCode(),
                    u.getClaimedOrganisation(), u.isOrganisationCorrected(), u.getRoleNames(), u.isActive(), String.valueOf(u.getLastSignIn()),
                    List.copyOf(u.getRegionCodes()));
        }
    }

    @Schema(name = "PersonenPagina")
    public record Pagina(List<Persoon> personen, long totaal, int pagina, int paginas, int paginaGrootte) implements Paged {
    }

    public record Toegang(Boolean actief) {
    }

    @Schema(name = "PersoonOrganisatie")
    public record Organisatie(@NotRequired String organisatie) {
    }

    public record Regios(@NotRequired List<String> regios) {
    }

    @GET
    @Operation(summary = "Personen die ooit hebben ingelogd (beheerders), op naam, per pagina; q zoekt in naam, gebruikersnaam, e-mail "
            + "en organisatie. Rollen zoals Keycloak ze bij de laatste aanmelding doorgaf; rollen wijzigen gebeurt in Keycloak.")
    public Pagina list(@QueryParam("q") String q, @BeanParam Paging paging) {
        PeopleService.Page p = people.directory(q, paging.page(), paging.size(), apiCaller.get());
        return new Pagina(p.people().stream().map(Persoon::of).toList(), p.total(), p.page(), p.pages(), paging.size());
    }

    @PUT
    @Path("{id}/toegang")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toegang tot de applicatie intrekken ({\"actief\": false}) of teruggeven ({\"actief\": true}) (beheerders). "
            + "Wie geen toegang heeft, wordt bij het volgende verzoek geweigerd (403), ook met een geldig token.")
    public Persoon access(@PathParam("id") long id, Toegang body) {
        if (body == null || body.actief() == null) {
            throw InvalidInputException.of("actief", Message.of("input.people.active"));
        }
        return Persoon.of(people.setAccess(id, body.actief(), apiCaller.get()));
    }

    @PUT
    @Path("{id}/organisatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De organisatie van een persoon in de applicatie corrigeren (beheerders); organisatie leeg of null: weer "
            + "volgens Keycloak.")
    public Persoon organisation(@PathParam("id") long id, Organisatie body) {
        return Persoon.of(people.correctOrganisation(id, body == null ? null : body.organisatie(),
                apiCaller.get()));
    }

    @PUT
    @Path("{id}/regios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De arbeidsmarktregio's die een facilitator of coördinator behandelt (beheerders), bijvoorbeeld "
            + "{\"regios\": [\"AM12\"]}: nieuwe en opgeschaalde knelpunten uit gemeenten daar komen bij hen terecht. "
            + "Een lege lijst: heel Nederland.")
    public Persoon regions(@PathParam("id") long id, Regios body) {
        return Persoon.of(people.setRegions(id, body == null || body.regios() == null ? List.of() : body.regios(),
                apiCaller.get()));
    }
}
