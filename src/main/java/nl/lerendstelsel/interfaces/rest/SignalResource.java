package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.application.signal.SignalWithdrawal;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.signalen.Gebeurtenis;
import nl.lerendstelsel.interfaces.rest.signalen.Knelpunten;
import nl.lerendstelsel.interfaces.rest.signalen.NieuwSignaal;
import nl.lerendstelsel.interfaces.rest.signalen.Signaal;
import nl.lerendstelsel.interfaces.rest.signalen.SignaalKort;
import nl.lerendstelsel.interfaces.rest.signalen.Signalen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signals to SZW themselves: the list, writing a concept, reading, changing, the history, and the knelpunten in it.
 * The other signal resources share the path {@code signalen} with sub-paths of their own: the steps between
 * coordinator and ministry ({@link SignalStepResource}: {@code …/indienen}, {@code …/ontvangen}, {@code …/vragen},
 * {@code …/beantwoorden}, …) and the follow-up ({@link SignalFollowUpResource}); their JSON records are in
 * {@code rest.signalen}. The service decides who may do what; concepts exist only for coordinators (and admins).
 *
 * <p>The tag "Signalen" is on each of these classes; Payara lists a class-level tag once per class, and
 * {@link OpenApiDocumentFilter} keeps the first, so the document names it once.
 */
@Path("signalen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Signalen")
public class SignalResource {

    private static final Set<String> EDITABLE = Set.of("titel", "probleemstelling", "analyse", "urgentie", "voorstel", "voorstelToelichting",
            "ookVoorstellen", "versie");

    @Inject
    SignalQueries queries;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalWithdrawal withdrawal;

    @Inject
    SignalLookup lookup;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Signalen, laatst gewijzigd eerst. Filters: status, achterstallig (een termijn van SZW verstreken), "
            + "mijn (eigen signalen; bij SZW: die u behandelt). Concepten ziet alleen een coördinator.")
    public Signalen list(@QueryParam("status") @OneOf(SignalStatus.class) String status, @QueryParam("achterstallig") boolean overdue,
                         @QueryParam("mijn") boolean mine, @BeanParam Paging paging) {
        SignalQueries.Page result = queries.list(CommunityResource.parse(SignalStatus.class, "status", status), overdue, mine,
                paging.page(), paging.size(), lookup.caller());
        LocalDate today = queries.today();
        return new Signalen(result.items().stream().map(s -> new SignaalKort(s.getReference(), s.getTitle(), s.getStatus().name(),
                s.getUrgency().name(), s.getProposal().name(), s.getSubmittedOn(), s.getAnswerDue(), s.isOverdue(today),
                result.knelpunten().getOrDefault(s.getId(), 0L), s.getDecision() == null ? null : s.getDecision().name(),
                s.getVersion())).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een signaal opstellen (coördinator): titel, probleemstelling, analyse, urgentie (LAAG, GEMIDDELD, HOOG), "
            + "voorstel (AANPASSING_WET_REGELGEVING, AANPASSING_UITVOERING, FINANCIERING, VERDUIDELIJKING), voorstelToelichting "
            + "(wat precies wordt voorgesteld; niet verplicht), ookVoorstellen (verdere soorten voorstel) en knelpunten "
            + "(referenties van knelpunten in behandeling op schakelniveau). Het wordt een concept.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Signaal.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(NieuwSignaal body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.signal.json"));
        }
        Caller caller = lookup.caller();
        Signal signal = drafts.create(new SignalDrafts.SignalInput(body.titel(), body.probleemstelling(), body.analyse(),
                CommunityResource.parse(Urgency.class, "urgentie", body.urgentie()),
                CommunityResource.parse(Proposal.class, "voorstel", body.voorstel()), body.voorstelToelichting(),
                proposals(body.ookVoorstellen())), body.knelpunten(), caller);
        return Created.in(uriInfo, signal.getReference(), Signaal.of(queries.view(signal.getReference(), caller)));
    }

    @GET
    @Path("{referentie}")
    @Operation(summary = "Eén signaal met het afgeleide bewijs, de knelpunten, het overleg, het antwoord en de opvolging")
    public Signaal get(@PathParam("referentie") String reference) {
        return lookup.signaal(reference);
    }

    /** Further kinds of proposal by name; an unknown one is a 400 on {@code ookVoorstellen}. */
    private static List<Proposal> proposals(List<String> names) {
        return names == null ? List.of() : names.stream().map(n -> CommunityResource.parse(Proposal.class, "ookVoorstellen", n)).toList();
    }

    @GET
    @Path("{referentie}/wetsartikelen")
    @Operation(summary = "De wetsartikelen waar het signaal over gaat, elk met een link naar de geldende tekst op wetten.overheid.nl")
    public List<Wetsverwijzing> lawReferences(@PathParam("referentie") String reference) {
        return queries.get(reference, lookup.caller()).getLawReferences().stream().map(Wetsverwijzing::of).toList();
    }

    @PUT
    @Path("{referentie}/wetsartikelen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De wetsartikelen vastleggen waar het signaal over gaat (coördinator, zolang de teksten mogen wijzigen), "
            + "in de korte vorm: {\"wetsartikelen\":[\"WI2021 art. 15 lid 2\"]}; een lege lijst wist ze. Hoogstens 10.")
    public List<Wetsverwijzing> cite(@PathParam("referentie") String reference, Wetsartikelen body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.signal.changesJson"));
        }
        return drafts.cite(reference, body.wetsartikelen(), lookup.caller()).getLawReferences().stream().map(Wetsverwijzing::of).toList();
    }

    @PATCH
    @Path("{referentie}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Een signaal wijzigen (JSON Merge Patch, coördinator) zolang het een concept is of er vragen openstaan. "
            + "Velden: titel, probleemstelling, analyse, urgentie, voorstel, voorstelToelichting, ookVoorstellen; versie voorkomt dat u andermans wijziging overschrijft (409).")
    public Signaal edit(@PathParam("referentie") String reference, JsonObject patch) {
        if (patch == null) {
            throw new ApiException(400, Message.of("input.signal.changesJson"));
        }
        FieldErrors unknown = new FieldErrors();
        patch.keySet().stream().filter(k -> !EDITABLE.contains(k)).forEach(k -> unknown.put(k, Message.of("input.signal.unknownField")));
        unknown.throwIfAny();
        Caller caller = lookup.caller();
        Signal current = queries.get(reference, caller);
        String urgency = MergePatch.text(patch, "urgentie", current.getUrgency().name());
        String proposal = MergePatch.text(patch, "voorstel", current.getProposal().name());
        SignalDrafts.SignalInput input = new SignalDrafts.SignalInput(
                MergePatch.text(patch, "titel", current.getTitle()),
                MergePatch.text(patch, "probleemstelling", current.getProblem()),
                MergePatch.text(patch, "analyse", current.getAnalysis()),
                CommunityResource.parse(Urgency.class, "urgentie", urgency), CommunityResource.parse(Proposal.class, "voorstel", proposal),
                MergePatch.text(patch, "voorstelToelichting", current.getProposalText()),
                patch.containsKey("ookVoorstellen") ? proposals(patch.isNull("ookVoorstellen") ? List.of()
                        : patch.getJsonArray("ookVoorstellen").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString).toList())
                        : current.getProposals().stream().skip(1).toList());
        Long version = patch.get("versie") instanceof JsonNumber n ? n.longValue() : null;
        drafts.edit(reference, input, version, caller);
        return lookup.signaal(reference);
    }

    @GET
    @Path("{referentie}/historie")
    @Operation(summary = "De geschiedenis van een signaal: elke stap, wie, wanneer en met welke toelichting (de tekst van vragen "
            + "en antwoorden in het overleg alleen voor coördinatoren, SZW en beheerders)")
    public List<Gebeurtenis> history(@PathParam("referentie") String reference) {
        Caller caller = lookup.caller();
        boolean threadReader = SignalQueries.readsThread(caller);
        return queries.get(reference, caller).getHistory().stream().map(e -> Gebeurtenis.of(e, threadReader)).toList();
    }

    @POST
    @Path("{referentie}/knelpunten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Knelpunten aan een signaal toevoegen (coördinator). Bij een ingediend signaal gaan ze meteen naar "
            + "stelselniveau met status opgeschaald.")
    public Signaal attach(@PathParam("referentie") String reference, Knelpunten body) {
        drafts.attach(reference, body == null ? null : body.knelpunten(), body == null ? null : body.versie(), lookup.caller());
        return lookup.signaal(reference);
    }

    @DELETE
    @Path("{referentie}")
    @Tag(name = "Signalen")
    @Operation(summary = "Een concept verwijderen (coördinator); de knelpunten blijven op schakelniveau. Een ingediend signaal "
            + "wordt ingetrokken (…/intrekken), niet verwijderd (409).")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response delete(@PathParam("referentie") String reference) {
        withdrawal.delete(reference, null, lookup.caller());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{referentie}/knelpunten/{knelpunt}")
    @Operation(summary = "Een knelpunt uit een concept halen (coördinator); het blijft op schakelniveau")
    public Signaal detach(@PathParam("referentie") String reference, @PathParam("knelpunt") String knelpunt) {
        drafts.detach(reference, knelpunt, lookup.caller());
        return lookup.signaal(reference);
    }
}
