package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Evidence;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signals to SZW: list, write and read them, and the steps between coordinator and ministry as sub-resources
 * ({@code …/indienen}, {@code …/ontvangen}, {@code …/vragen}, {@code …/beantwoorden}, {@code …/opvolging}). The
 * service decides who may do what; concepts exist only for coordinators (and admins).
 */
@Path("signalen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signalen")
@SecurityRequirement(name = "keycloak")
public class SignalResource {

    @Inject
    SignalQueries queries;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService service;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    // ---- representations ----------------------------------------------------------------------------------------

    public record Bewijs(int aantalKnelpunten, List<String> organisaties, List<String> gemeenten, List<String> regios,
                         List<String> themas, LocalDate eersteMelding, LocalDate laatsteMelding) {
        static Bewijs of(Evidence e) {
            return new Bewijs(e.knelpunten(), sorted(e.organisations()), sorted(e.gemeenten()), sorted(e.regions()), sorted(e.themes()),
                    e.firstReported().orElse(null), e.latestReported().orElse(null));
        }

        private static List<String> sorted(Set<String> values) {
            return values.stream().sorted().toList();
        }
    }

    public record KnelpuntInSignaal(String referentie, String titel, String niveau, String status) {
        static KnelpuntInSignaal of(Bottleneck b) {
            return new KnelpuntInSignaal(b.getReference(), b.getTitle(), b.getLevel().code(), b.getStatus().name());
        }
    }

    public record Antwoord(String besluit, String tekst, String forum, String door, Instant datum) {
        static Antwoord of(Signal s) {
            return s.getDecision() == null ? null : new Antwoord(s.getDecision().name(), s.getResponse(), s.getForum(),
                    name(s.getResponder()), s.getAnsweredAt());
        }
    }

    public record Voortgang(String tekst, String door, Instant datum) {
    }

    public record Opvolging(String wijziging, LocalDate verwachteDatum, List<Voortgang> voortgang) {
        static Opvolging of(Signal s) {
            if (s.getFollowUpChange() == null && s.getProgress().isEmpty()) {
                return null;
            }
            return new Opvolging(s.getFollowUpChange(), s.getFollowUpExpected(), s.getProgress().stream()
                    .map(p -> new Voortgang(p.getBody(), name(p.getAuthor()), p.getCreatedAt())).toList());
        }
    }

    public record Bericht(long id, String soort, String kant, String auteur, String tekst, Instant tijd) {
        static Bericht of(SignalMessage m) {
            return new Bericht(m.getId(), m.getKind().name(), m.getSide().name(), name(m.getAuthor()), m.getBody(), m.getCreatedAt());
        }
    }

    public record Gebeurtenis(String stap, String van, String naar, String door, String toelichting, Instant tijd) {
        static Gebeurtenis of(SignalEvent e) {
            return new Gebeurtenis(e.getAction(), e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(),
                    name(e.getActor()), e.getText(), e.getOccurredAt());
        }
    }

    public record Signaal(String referentie, String titel, String probleemstelling, String analyse, String urgentie, String voorstel,
                          String status, String auteur, Instant aangemaakt, LocalDate ingediend, LocalDate ontvangstUiterlijk,
                          LocalDate antwoordUiterlijk, Instant ontvangen, Instant beantwoord, Instant gesloten, boolean achterstallig,
                          Bewijs bewijs, List<KnelpuntInSignaal> knelpunten, int afgeschermdeKnelpunten, Antwoord antwoord,
                          Opvolging opvolging, List<Bericht> berichten, List<String> mogelijkeStappen, long versie) {
        static Signaal of(SignalQueries.View view) {
            Signal s = view.signal();
            return new Signaal(s.getReference(), s.getTitle(), s.getProblem(), s.getAnalysis(), s.getUrgency().name(), s.getProposal().name(),
                    s.getStatus().name(), name(s.getAuthor()), s.getCreatedAt(), s.getSubmittedOn(), s.getAcknowledgeDue(), s.getAnswerDue(),
                    s.getAcknowledgedAt(), s.getAnsweredAt(), s.getClosedAt(), view.overdue(), Bewijs.of(view.evidence()),
                    view.knelpunten().stream().map(KnelpuntInSignaal::of).toList(), view.hiddenKnelpunten(), Antwoord.of(s),
                    Opvolging.of(s), s.getMessages().stream().map(Bericht::of).toList(),
                    view.actions().stream().map(SignalAction::name).toList(), s.getVersion());
        }
    }

    public record SignaalKort(String referentie, String titel, String status, String urgentie, String voorstel, LocalDate ingediend,
                              LocalDate antwoordUiterlijk, boolean achterstallig, long aantalKnelpunten, String besluit, long versie) {
    }

    public record Signalen(List<SignaalKort> items, long totaal, int pagina, int paginaGrootte) {
    }

    /** Request body for a new signal. */
    public record NieuwSignaal(String titel, String probleemstelling, String analyse, String urgentie, String voorstel,
                               List<String> knelpunten) {
    }

    /** Request body for adding knelpunten. */
    public record Knelpunten(List<String> knelpunten, Long versie) {
    }

    /** Request body for a step with a text (questions, answers, a message, a note when closing). */
    public record Tekst(String tekst, Long versie) {
    }

    /** Request body for the formal response. */
    public record Beantwoording(String besluit, String antwoord, String forum, Long versie) {
    }

    /** Request body for the follow-up of an adopted decision. */
    public record NieuweOpvolging(String wijziging, LocalDate verwachteDatum) {
    }

    // ---- endpoints ----------------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "Signalen, laatst gewijzigd eerst. Filters: status, achterstallig (een termijn van SZW verstreken), "
            + "mijn (eigen signalen). Concepten ziet alleen een coördinator.")
    public Signalen list(@QueryParam("status") String status, @QueryParam("achterstallig") boolean overdue,
                         @QueryParam("mijn") boolean mine, @QueryParam("pagina") @DefaultValue("1") int page,
                         @QueryParam("paginaGrootte") @DefaultValue("20") int pageSize) {
        SignalQueries.Page result = queries.list(CommunityResource.parse(SignalStatus.class, "status", status), overdue, mine,
                page, pageSize, apiCaller.get());
        LocalDate today = queries.today();
        return new Signalen(result.items().stream().map(s -> new SignaalKort(s.getReference(), s.getTitle(), s.getStatus().name(),
                s.getUrgency().name(), s.getProposal().name(), s.getSubmittedOn(), s.getAnswerDue(), s.isOverdue(today),
                result.knelpunten().getOrDefault(s.getId(), 0L), s.getDecision() == null ? null : s.getDecision().name(),
                s.getVersion())).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een signaal opstellen (coördinator): titel, probleemstelling, analyse, urgentie (LAAG, GEMIDDELD, HOOG), "
            + "voorstel (AANPASSING_WET_REGELGEVING, AANPASSING_UITVOERING, FINANCIERING, VERDUIDELIJKING) en knelpunten "
            + "(referenties van knelpunten in behandeling op schakelniveau). Het wordt een concept.")
    public Response create(NieuwSignaal body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.signal.json"));
        }
        Caller caller = apiCaller.get();
        Signal signal = drafts.create(new SignalDrafts.SignalInput(body.titel(), body.probleemstelling(), body.analyse(),
                CommunityResource.parse(Urgency.class, "urgentie", body.urgentie()),
                CommunityResource.parse(Proposal.class, "voorstel", body.voorstel())), body.knelpunten(), caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(signal.getReference()).build())
                .entity(Signaal.of(queries.view(signal.getReference(), caller))).build();
    }

    @GET
    @Path("{referentie}")
    @Operation(summary = "Eén signaal met het afgeleide bewijs, de knelpunten, het overleg, het antwoord en de opvolging")
    public Signaal get(@PathParam("referentie") String reference) {
        return Signaal.of(queries.view(reference, apiCaller.get()));
    }

    private static final Set<String> EDITABLE = Set.of("titel", "probleemstelling", "analyse", "urgentie", "voorstel", "versie");

    @PATCH
    @Path("{referentie}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Een signaal wijzigen (JSON Merge Patch, coördinator) zolang het een concept is of er vragen openstaan. "
            + "Velden: titel, probleemstelling, analyse, urgentie, voorstel; versie voorkomt dat u andermans wijziging overschrijft (409).")
    public Signaal edit(@PathParam("referentie") String reference, JsonObject patch) {
        if (patch == null) {
            throw new ApiException(400, Message.of("input.signal.changesJson"));
        }
        FieldErrors unknown = new FieldErrors();
        patch.keySet().stream().filter(k -> !EDITABLE.contains(k)).forEach(k -> unknown.put(k, Message.of("input.signal.unknownField")));
        unknown.throwIfAny();
        Caller caller = apiCaller.get();
        Signal current = queries.get(reference, caller);
        String urgency = MergePatch.text(patch, "urgentie", current.getUrgency().name());
        String proposal = MergePatch.text(patch, "voorstel", current.getProposal().name());
        SignalDrafts.SignalInput input = new SignalDrafts.SignalInput(
                MergePatch.text(patch, "titel", current.getTitle()),
                MergePatch.text(patch, "probleemstelling", current.getProblem()),
                MergePatch.text(patch, "analyse", current.getAnalysis()),
                CommunityResource.parse(Urgency.class, "urgentie", urgency), CommunityResource.parse(Proposal.class, "voorstel", proposal));
        Long version = patch.get("versie") instanceof JsonNumber n ? n.longValue() : null;
        drafts.edit(reference, input, version, caller);
        return get(reference);
    }

    @GET
    @Path("{referentie}/historie")
    @Operation(summary = "De geschiedenis van een signaal: elke stap, wie, wanneer en met welke toelichting")
    public List<Gebeurtenis> history(@PathParam("referentie") String reference) {
        return queries.get(reference, apiCaller.get()).getHistory().stream().map(Gebeurtenis::of).toList();
    }

    @POST
    @Path("{referentie}/knelpunten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Knelpunten aan een signaal toevoegen (coördinator). Bij een ingediend signaal gaan ze meteen naar "
            + "stelselniveau met status opgeschaald.")
    public Signaal attach(@PathParam("referentie") String reference, Knelpunten body) {
        drafts.attach(reference, body == null ? null : body.knelpunten(), body == null ? null : body.versie(), apiCaller.get());
        return get(reference);
    }

    @DELETE
    @Path("{referentie}/knelpunten/{knelpunt}")
    @Operation(summary = "Een knelpunt uit een concept halen (coördinator); het blijft op schakelniveau")
    public Signaal detach(@PathParam("referentie") String reference, @PathParam("knelpunt") String knelpunt) {
        drafts.detach(reference, knelpunt, apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/indienen")
    @Operation(summary = "Het concept indienen bij SZW (coördinator): de knelpunten gaan naar stelselniveau, de termijnen van SZW lopen")
    public Signaal submit(@PathParam("referentie") String reference, Tekst body) {
        service.submit(reference, body == null ? null : body.versie(), apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/ontvangen")
    @Operation(summary = "De ontvangst bevestigen (SZW)")
    public Signaal acknowledge(@PathParam("referentie") String reference) {
        service.acknowledge(reference, apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/in-behandeling-nemen")
    @Operation(summary = "Het signaal in behandeling nemen (SZW)")
    public Signaal takeInHand(@PathParam("referentie") String reference) {
        service.takeInHand(reference, apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/vragen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vragen stellen aan de coördinator (SZW); het signaal gaat terug tot de vragen beantwoord zijn")
    public Signaal ask(@PathParam("referentie") String reference, Tekst body) {
        service.askQuestions(reference, body == null ? null : body.tekst(), apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/vragen-beantwoorden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De vragen van SZW beantwoorden (coördinator); het signaal gaat terug naar SZW")
    public Signaal answerQuestions(@PathParam("referentie") String reference, Tekst body) {
        service.answerQuestions(reference, body == null ? null : body.tekst(), apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/berichten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bericht in het overleg tussen SZW en de coördinator")
    public Response write(@PathParam("referentie") String reference, Tekst body) {
        SignalMessage message = service.write(reference, body == null ? null : body.tekst(), apiCaller.get());
        return Response.status(Response.Status.CREATED).entity(Bericht.of(message)).build();
    }

    @POST
    @Path("{referentie}/beantwoorden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het formele antwoord van SZW met besluit (OVERGENOMEN, DEELS_OVERGENOMEN, NIET_OVERGENOMEN, DOORVERWEZEN "
            + "met forum). Elk knelpunt in het signaal wordt opgelost met dit antwoord als terugkoppeling, in één transactie.")
    public Signaal respond(@PathParam("referentie") String reference, Beantwoording body) {
        if (body == null) {
            throw new ApiException(400, Message.of("input.signal.responseJson"));
        }
        service.respond(reference, CommunityResource.parse(Decision.class, "besluit", body.besluit()), body.antwoord(), body.forum(),
                body.versie(), apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/sluiten")
    @Operation(summary = "Een beantwoord signaal sluiten (coördinator of SZW), met een optionele toelichting")
    public Signaal close(@PathParam("referentie") String reference, Tekst body) {
        service.close(reference, body == null ? null : body.tekst(), apiCaller.get());
        return get(reference);
    }

    @PUT
    @Path("{referentie}/opvolging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De opvolging van een (deels) overgenomen besluit vastleggen (SZW): wat verandert en wanneer")
    public Signaal followUp(@PathParam("referentie") String reference, NieuweOpvolging body) {
        service.recordFollowUp(reference, body == null ? null : body.wijziging(), body == null ? null : body.verwachteDatum(), apiCaller.get());
        return get(reference);
    }

    @POST
    @Path("{referentie}/opvolging/voortgang")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voortgang op de opvolging melden (SZW); wie de knelpunten meldde, steunt of volgt, hoort het")
    public Signaal progress(@PathParam("referentie") String reference, Tekst body) {
        service.addProgress(reference, body == null ? null : body.tekst(), apiCaller.get());
        return get(reference);
    }

    private static String name(UserProfile person) {
        return person == null ? null : person.getDisplayName();
    }
}
