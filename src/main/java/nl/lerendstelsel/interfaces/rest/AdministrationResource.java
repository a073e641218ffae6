package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.AdministrationService;
import nl.lerendstelsel.application.administration.MunicipalMergerService;
import nl.lerendstelsel.application.administration.ThemeService;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationReferences;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.rest.Representations.Arbeidsmarktregio;
import nl.lerendstelsel.interfaces.rest.Representations.Gemeente;
import nl.lerendstelsel.interfaces.rest.Representations.Organisatie;
import nl.lerendstelsel.interfaces.rest.Representations.Thema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins change the reference data: gemeenten (and the municipal merger, {@code herindelingen}), arbeidsmarktregio's,
 * partner organisations and themes. Reading stays with {@link ReferenceDataResource}, for everyone. Others get 403.
 */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
@SecurityRequirement(name = "keycloak")
public class AdministrationResource {

    @Inject
    AdministrationService administration;

    @Inject
    ThemeService themes;

    @Inject
    MunicipalMergerService mergers;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    public record NieuweGemeente(String code, String naam, @NotRequired String provincie, @NotRequired String arbeidsmarktregio) {
    }

    public record GemeenteWijziging(@NotRequired String naam, @NotRequired String arbeidsmarktregio) {
    }

    public record NieuweRegio(String code, String naam) {
    }

    public record NieuweOrganisatie(String code, String naam, @NotRequired @OneOf(OrganisationKind.class) String soort) {
    }

    /** {@code actief: false} retires the organisation; a retired one is not made active again. */
    public record OrganisatieWijziging(@NotRequired String naam, @NotRequired Boolean actief) {
    }

    public record NieuwThema(String code, String naam, String name, @NotRequired String omschrijving,
                             @NotRequired String description) {
    }

    /** {@code actief: false} retires the theme. */
    public record ThemaWijziging(@NotRequired String naam, @NotRequired String name, @NotRequired Boolean actief) {
    }

    /**
     * A municipal merger: {@code gemeenten} go up in {@code code}; a new code makes a new gemeente ({@code naam} and
     * {@code arbeidsmarktregio} required), an existing gemeente absorbs them. {@code per}: the day (default today).
     */
    public record Herindeling(List<String> gemeenten, @NotRequired String code, @NotRequired String naam,
                              @NotRequired String arbeidsmarktregio, @NotRequired LocalDate per) {
    }

    /** What moves (voorbeeld) or moved (uitgevoerd) in a merger. */
    public record Verplaatst(long knelpuntenInGemeente, long knelpuntenGemeld, long steunbetuigingen, long steunVoorGemeente,
                             long gebruikers, long dubbeleSteunSamengevoegd) {
        static Verplaatst of(OrganisationReferences.Counts c) {
            return new Verplaatst(c.knelpuntenInGemeente(), c.knelpuntenReported(), c.supports(), c.supportsForGemeente(), c.users(),
                    c.duplicateSupports());
        }
    }

    public record HerindelingUitkomst(List<Gemeente> opgeheven, Gemeente opvolger, boolean nieuweGemeente, LocalDate per,
                                      Verplaatst verplaatst, boolean uitgevoerd) {
        static HerindelingUitkomst of(MunicipalMergerService.MergerReport report, boolean done) {
            return new HerindelingUitkomst(report.merger().merging().stream().map(Gemeente::of).toList(),
                    Gemeente.of(report.merger().successor()), report.merger().successorIsNew(), report.merger().on(),
                    Verplaatst.of(report.counts()), done);
        }
    }

    @POST
    @Path("gemeenten")
    @Operation(summary = "Een gemeente toevoegen (beheerders)")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Gemeente.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response addGemeente(NieuweGemeente body) {
        NieuweGemeente b = body == null ? new NieuweGemeente(null, null, null, null) : body;
        Organisation created = administration.addGemeente(b.code(), b.naam(), b.provincie(), b.arbeidsmarktregio(), apiCaller.get());
        return Created.in(uriInfo, created.getCode(), Gemeente.of(created));
    }

    @PUT
    @Path("gemeenten/{code}")
    @Operation(summary = "Een gemeente hernoemen en/of in een andere arbeidsmarktregio plaatsen (beheerders)")
    public Gemeente changeGemeente(@PathParam("code") String code, GemeenteWijziging body) {
        Caller caller = apiCaller.get();
        Organisation gemeente = null;
        if (body != null && body.naam() != null) {
            gemeente = administration.renameOrganisation(code, body.naam(), caller);
        }
        if (body != null && body.arbeidsmarktregio() != null) {
            gemeente = administration.assignRegion(code, body.arbeidsmarktregio(), caller);
        }
        if (gemeente == null) {
            throw new ApiException(400, Message.of("input.admin.gemeenteChange"));
        }
        return Gemeente.of(gemeente);
    }

    @POST
    @Path("herindelingen/voorbeeld")
    @Operation(summary = "Wat een gemeentelijke herindeling zou verplaatsen, zonder iets te wijzigen (beheerders)")
    public HerindelingUitkomst previewMerger(Herindeling body) {
        Herindeling b = body == null ? new Herindeling(null, null, null, null, null) : body;
        return HerindelingUitkomst.of(mergers.previewMerger(b.gemeenten(), b.code(), b.naam(), b.arbeidsmarktregio(), b.per(),
                apiCaller.get()), false);
    }

    @POST
    @Path("herindelingen")
    @Operation(summary = "Een gemeentelijke herindeling uitvoeren (beheerders): de gemeenten gaan op in de opvolger; knelpunten, "
            + "steunbetuigingen en gebruikers verhuizen mee, met een regel in de historie van elk knelpunt")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HerindelingUitkomst.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response merge(Herindeling body) {
        Herindeling b = body == null ? new Herindeling(null, null, null, null, null) : body;
        MunicipalMergerService.MergerReport report = mergers.merge(b.gemeenten(), b.code(), b.naam(), b.arbeidsmarktregio(),
                b.per(), apiCaller.get());
        return Created.at(uriInfo, "gemeenten", report.merger().successor().getCode(), HerindelingUitkomst.of(report, true));
    }

    @POST
    @Path("arbeidsmarktregios")
    @Operation(summary = "Een arbeidsmarktregio toevoegen (beheerders)")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Arbeidsmarktregio.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response addRegion(NieuweRegio body) {
        NieuweRegio b = body == null ? new NieuweRegio(null, null) : body;
        LabourMarketRegion created = administration.addRegion(b.code(), b.naam(), apiCaller.get());
        return Created.in(uriInfo, created.getCode(), Arbeidsmarktregio.of(created));
    }

    @PUT
    @Path("arbeidsmarktregios/{code}")
    @Operation(summary = "Een arbeidsmarktregio hernoemen (beheerders)")
    public Arbeidsmarktregio renameRegion(@PathParam("code") String code, NieuweRegio body) {
        return Arbeidsmarktregio.of(administration.renameRegion(code, body == null ? null : body.naam(), apiCaller.get()));
    }

    @POST
    @Path("organisaties")
    @Operation(summary = "Een partnerorganisatie toevoegen (beheerders); soort: UITVOERINGSORGANISATIE, KOEPELORGANISATIE, "
            + "MINISTERIE, TAALSCHOOL of MAATSCHAPPELIJKE_ORGANISATIE")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Organisatie.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response addPartner(NieuweOrganisatie body) {
        NieuweOrganisatie b = body == null ? new NieuweOrganisatie(null, null, null) : body;
        Organisation created = administration.addPartner(b.code(), b.naam(), b.soort(), apiCaller.get());
        return Created.in(uriInfo, created.getCode(), Organisatie.of(created));
    }

    @PUT
    @Path("organisaties/{code}")
    @Operation(summary = "Een partnerorganisatie hernoemen of opheffen (actief: false) (beheerders)")
    public Organisatie changePartner(@PathParam("code") String code, OrganisatieWijziging body) {
        Caller caller = apiCaller.get();
        Organisation organisation = null;
        if (body != null && body.naam() != null) {
            organisation = administration.renameOrganisation(code, body.naam(), caller);
        }
        if (body != null && Boolean.FALSE.equals(body.actief())) {
            organisation = administration.retirePartner(code, caller);
        }
        if (organisation == null) {
            throw new ApiException(400, Message.of("input.admin.partnerChange"));
        }
        return Organisatie.of(organisation);
    }

    @POST
    @Path("themas")
    @Operation(summary = "Een thema toevoegen, met naam in het Nederlands (naam) en Engels (name) (beheerders)")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Thema.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response addTheme(NieuwThema body) {
        NieuwThema b = body == null ? new NieuwThema(null, null, null, null, null) : body;
        Theme created = themes.addTheme(b.code(), b.naam(), b.name(), b.omschrijving(), b.description(), apiCaller.get());
        return Created.in(uriInfo, created.getCode(), Thema.of(created));
    }

    @PUT
    @Path("themas/{code}")
    @Operation(summary = "Een thema hernoemen (naam en name samen) of intrekken (actief: false) (beheerders); een ingetrokken thema "
            + "blijft op oude knelpunten staan maar wordt niet meer aangeboden")
    public Thema changeTheme(@PathParam("code") String code, ThemaWijziging body) {
        Caller caller = apiCaller.get();
        Theme theme = null;
        if (body != null && (body.naam() != null || body.name() != null)) {
            theme = themes.renameTheme(code, body.naam(), body.name(), caller);
        }
        if (body != null && Boolean.FALSE.equals(body.actief())) {
            theme = themes.retireTheme(code, caller);
        }
        if (theme == null) {
            throw new ApiException(400, Message.of("input.admin.themeChange"));
        }
        return Thema.of(theme);
    }

}
