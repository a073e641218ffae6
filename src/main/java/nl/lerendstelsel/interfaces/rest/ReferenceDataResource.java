package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.Representations.Arbeidsmarktregio;
import nl.lerendstelsel.interfaces.rest.Representations.Gemeente;
import nl.lerendstelsel.interfaces.rest.Representations.Organisatie;
import nl.lerendstelsel.interfaces.rest.Representations.Thema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public reference data: gemeenten, arbeidsmarktregio's, partner organisations and themes. */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referentiegegevens")
public class ReferenceDataResource {

    /**
     * Query parameters are lowerCamelCase (ADR /core/query-keys-camel-case); the old kebab-case names keep working until
     * API version 2 but are left out of the document (the ADR linter refuses them there), so the new name says so.
     */
    static final String DEPRECATED = "Verouderd, werkt nog tot versie 2 van de API: ";

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Path("gemeenten")
    @Operation(summary = "De huidige gemeenten, eventueel van één arbeidsmarktregio; met ookOpgeheven=true ook de gemeenten die "
            + "bij een herindeling zijn opgegaan in een andere (opgegaanIn, opgeheven). " + DEPRECATED + "ook-opgeheven.")
    public List<Gemeente> gemeenten(@QueryParam("arbeidsmarktregio") String regionCode,
                                    @QueryParam("ookOpgeheven") boolean includeMerged,
                                    @Parameter(hidden = true) @QueryParam("ook-opgeheven") boolean includeMergedOldName) {
        includeMerged |= includeMergedOldName;
        if (regionCode != null && referenceData.regions().stream().noneMatch(r -> r.getCode().equals(regionCode))) {
            throw new ApiException(400, Message.of("input.referenceData.unknownRegion", regionCode));
        }
        return (includeMerged ? referenceData.gemeentenIncludingMerged(regionCode) : referenceData.gemeenten(regionCode))
                .stream().map(Gemeente::of).toList();
    }

    @GET
    @Path("gemeenten/{code}")
    @Operation(summary = "Eén gemeente op CBS-code, bijvoorbeeld GM0344")
    public Gemeente gemeente(@PathParam("code") String code) {
        return referenceData.organisation(code).filter(Organisation::isGemeente).map(Gemeente::of)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.referenceData.gemeente", code)));
    }

    @GET
    @Path("arbeidsmarktregios")
    @Operation(summary = "De arbeidsmarktregio's")
    public List<Arbeidsmarktregio> arbeidsmarktregios() {
        return referenceData.regions().stream().map(Arbeidsmarktregio::of).toList();
    }

    @GET
    @Path("organisaties")
    @Operation(summary = "De partnerorganisaties (DUO, COA, IND, UWV, Divosa, VNG, SZW, taalscholen, …); met ookOpgeheven=true "
            + "ook de opgeheven. " + DEPRECATED + "ook-opgeheven.")
    public List<Organisatie> organisaties(@QueryParam("ookOpgeheven") boolean includeRetired,
                                          @Parameter(hidden = true) @QueryParam("ook-opgeheven") boolean includeRetiredOldName) {
        includeRetired |= includeRetiredOldName;
        return (includeRetired ? referenceData.partnersIncludingRetired() : referenceData.partners()).stream().map(Organisatie::of).toList();
    }

    @GET
    @Path("organisaties/{code}")
    @Operation(summary = "Eén organisatie (partner of gemeente) op code")
    public Organisatie organisatie(@PathParam("code") String code) {
        return referenceData.organisation(code).map(Organisatie::of)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.referenceData.organisation", code)));
    }

    @GET
    @Path("themas")
    @Operation(summary = "De thema's van de Wet inburgering 2021 die voor nieuwe knelpunten gekozen kunnen worden; met "
            + "ookIngetrokken=true ook de ingetrokken thema's (actief=false), die op oude knelpunten blijven staan. " + DEPRECATED
            + "ook-ingetrokken.")
    public List<Thema> themas(@QueryParam("ookIngetrokken") boolean includeRetired,
                              @Parameter(hidden = true) @QueryParam("ook-ingetrokken") boolean includeRetiredOldName) {
        includeRetired |= includeRetiredOldName;
        return (includeRetired ? referenceData.themesIncludingRetired() : referenceData.themes()).stream().map(Thema::of).toList();
    }
}
