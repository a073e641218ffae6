package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.knelpunten.Gebeurtenis;
import nl.lerendstelsel.interfaces.rest.knelpunten.Knelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.NieuwKnelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.Pagina;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Knelpunten themselves: the list, reporting, reading, changing and the history. The other knelpunt resources share
 * the path {@code knelpunten} with sub-paths of their own: the workflow steps ({@link BottleneckStepResource}), support,
 * comments and following, attachments, and duplicates (similar, merge, split); their JSON records are in
 * {@code rest.knelpunten}. Signed-in callers only; the service decides who may do what.
 *
 * <p>The tag "Knelpunten" is on each of these classes; Payara lists a class-level tag once per class, and
 * {@link OpenApiDocumentFilter} keeps the first, so the document names it once.
 */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckResource {

    private static final Set<String> EDITABLE = Set.of("titel", "omschrijving", "thema", "gemeente", "doelgroep", "schaal",
            "oplossingsrichting", "afgeschermd", "tags", "doelgroepen", "versie");

    @Inject
    BottleneckReporting bottleneckReporting;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckLookup lookup;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Knelpunten per pagina; te filteren op niveau, status, thema, gemeente, arbeidsmarktregio, eigen "
            + "meldingen (mijn=true), steun van de eigen organisatie (gesteund=true), termijn verstreken (teLaat=true) en "
            + "voorgesteld voor opschaling (voorgesteld=true), trefwoord (tag) en CoP (cop, het id: het knelpuntenbord van een CoP); sorteer: -gewijzigd (standaard), gewijzigd, -gemeld, gemeld, "
            + "termijn, -termijn, wachtrij (sortering is de verouderde naam)")
    public Pagina list(@BeanParam BottleneckListParameters query) {
        Caller caller = lookup.caller();
        LocalDate today = queries.today();
        BottleneckQueries.Page result = queries.list(
                query.filter(caller, apiCaller::organisationCode, today, queries.viewer(caller)), query.order(),
                query.paging().page(), query.paging().size());
        return new Pagina(result.items().stream().map(b -> Knelpunt.of(b, today)).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een knelpunt melden (professional). Omschrijving en oplossingsrichting zijn tekst met eenvoudige "
            + "opmaak (lege regel: alinea; **vet**, *cursief*, regels met - : lijst, [tekst](https://…): link), zo opgeslagen en "
            + "veilig als HTML getoond. Persoonsgegevens in de tekst geven 422 met de bevindingen. Optioneel: cop (id van een CoP "
            + "waarvan u lid bent) of opbrengst (id van een opbrengst van de soort KNELPUNT, die er dan naar verwijst).")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Knelpunt.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response report(NieuwKnelpunt body) {
        ApiException.requireBody(body, Message.of("api.body.bottleneck"));
        EstimatedScale scale = parseScale(body.schaal());
        Bottleneck created = bottleneckReporting.report(new BottleneckReporting.NewBottleneck(body.titel(), body.omschrijving(), body.thema(),
                body.gemeente(), body.doelgroep(), scale, body.oplossingsrichting(), Boolean.TRUE.equals(body.afgeschermd()),
                body.tags() == null ? List.of() : body.tags(), body.cop(), body.opbrengst(), targetGroups(body.doelgroepen())),
                lookup.caller());
        return Created.in(uriInfo, created.getReference(), lookup.knelpunt(created));
    }

    @GET
    @Path("{referentie}")
    @Operation(summary = "Eén knelpunt op referentie, bijvoorbeeld KP-2026-00042")
    public Knelpunt get(@PathParam("referentie") String reference) {
        lookup.caller();
        return lookup.knelpunt(reference);
    }

    @GET
    @Path("{referentie}/wetsartikelen")
    @Operation(summary = "De wetsartikelen waar het knelpunt over gaat, elk met een link naar de geldende tekst op wetten.overheid.nl")
    public List<Wetsverwijzing> lawReferences(@PathParam("referentie") String reference) {
        return lookup.load(reference).getLawReferences().stream().map(Wetsverwijzing::of).toList();
    }

    @PUT
    @Path("{referentie}/wetsartikelen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De wetsartikelen vastleggen waar het knelpunt over gaat (melder, behandelaar van het niveau of beheerder, "
            + "zolang het open is), in de korte vorm: {\"wetsartikelen\":[\"WI2021 art. 15 lid 2\",\"BI2021 art. 5.5\"]}; "
            + "een lege lijst wist ze. Hoogstens 10.")
    public List<Wetsverwijzing> cite(@PathParam("referentie") String reference, Wetsartikelen body) {
        ApiException.requireBody(body, Message.of("api.body.changes"));
        return bottleneckReporting.cite(reference, body.wetsartikelen(), lookup.caller()).getLawReferences().stream()
                .map(Wetsverwijzing::of).toList();
    }

    @PATCH
    @Path("{referentie}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Een knelpunt wijzigen (JSON Merge Patch): de melder zolang het gemeld is en nog niet in "
            + "behandeling, een beheerder zolang het open is. Velden: titel, omschrijving, thema, gemeente, doelgroep, schaal, "
            + "oplossingsrichting, afgeschermd; null wist een optioneel veld; versie voorkomt dat u andermans wijziging overschrijft (409).")
    public Knelpunt edit(@PathParam("referentie") String reference, JsonObject patch) {
        Caller caller = lookup.caller();
        ApiException.requireBody(patch, Message.of("api.body.changes"));
        FieldErrors unknown = new FieldErrors();
        patch.keySet().stream().filter(k -> !EDITABLE.contains(k))
                .forEach(k -> unknown.put(k, Message.of("input.bottleneck.api.unknownField")));
        unknown.throwIfAny();
        Bottleneck current = lookup.load(reference);
        BottleneckReporting.NewBottleneck values = new BottleneckReporting.NewBottleneck(
                MergePatch.text(patch, "titel", current.getTitle()), MergePatch.text(patch, "omschrijving", current.getDescription()),
                MergePatch.text(patch, "thema", current.getTheme().getCode()),
                MergePatch.text(patch, "gemeente", current.getGemeente().getCode()),
                MergePatch.text(patch, "doelgroep", current.getAffectedGroup()),
                patch.containsKey("schaal") ? parseScale(MergePatch.text(patch, "schaal", null)) : current.getEstimatedScale(),
                MergePatch.text(patch, "oplossingsrichting", current.getProposedSolution()),
                patch.containsKey("afgeschermd") ? patch.get("afgeschermd") == JsonValue.TRUE : current.isRestricted(),
                patch.containsKey("tags") ? tags(patch) : current.getTags())
                .withTargetGroups(patch.containsKey("doelgroepen") ? targetGroups(patchedTargetGroups(patch))
                        : Set.copyOf(current.getTargetGroups()));
        Long version = patch.containsKey("versie") && patch.get("versie") instanceof JsonNumber n ? n.longValue() : null;
        return lookup.knelpunt(bottleneckReporting.edit(reference, values, version, caller));
    }

    @GET
    @Path("{referentie}/historie")
    @Operation(summary = "De geschiedenis van een knelpunt: wie wat wanneer en waarom")
    public List<Gebeurtenis> history(@PathParam("referentie") String reference) {
        lookup.caller();
        return lookup.load(reference).getHistory().stream().map(Gebeurtenis::of).toList();
    }

    /** The patched tags: an array of strings, or null for none. */
    private static List<String> tags(JsonObject patch) {
        JsonValue value = patch.get("tags");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        throw InvalidInputException.of("tags", Message.of("input.bottleneck.api.tags"));
    }

    /** The patched target groups: an array of codes, or null for none. */
    private static List<String> patchedTargetGroups(JsonObject patch) {
        JsonValue value = patch.get("doelgroepen");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        throw InvalidInputException.of("doelgroepen", Message.of("input.bottleneck.api.targetGroups"));
    }

    /** Target group codes ({@code statushouders}, …) as values; an unknown code is refused. */
    private static Set<TargetGroup> targetGroups(List<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String code : codes) {
            groups.add(TargetGroup.ofCode(code).orElseThrow(
                    () -> InvalidInputException.of("doelgroepen", Message.of("input.bottleneck.api.targetGroups"))));
        }
        return groups;
    }

    private static EstimatedScale parseScale(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EstimatedScale.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("schaal", Message.of("input.bottleneck.api.scale"));
        }
    }
}
