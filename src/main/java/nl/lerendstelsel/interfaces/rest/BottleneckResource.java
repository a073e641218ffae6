package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.lerendstelsel.application.AttachmentService;
import nl.lerendstelsel.application.BottleneckService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.CommentService;
import nl.lerendstelsel.application.DuplicateService;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.domain.model.bottleneck.Deadline;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.infrastructure.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Knelpunten: report, read, follow the history, and take workflow steps as sub-resources
 * ({@code …/opschalen}, {@code …/terugleggen}, …). Signed-in callers only; the service decides who may do what.
 */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knelpunten")
@SecurityRequirement(name = "keycloak")
public class BottleneckResource {

    @Inject
    BottleneckService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommentService comments;

    @Inject
    DuplicateService duplicates;

    @Inject
    AttachmentService attachmentService;

    @Context
    UriInfo uriInfo;

    /** Request body for reporting a knelpunt. */
    public record NieuwKnelpunt(String titel, String omschrijving, String thema, String gemeente, String doelgroep,
                                String schaal, String oplossingsrichting, Boolean afgeschermd, List<String> tags, Long cop,
                                Long opbrengst) {
    }

    /** Request body for a workflow step: the reason or feedback, and the version the caller saw. */
    public record Stap(String toelichting, Long versie) {
    }

    public record Knelpunt(String referentie, String titel, String omschrijving, String thema, String gemeente,
                           String organisatie, String doelgroep, String schaal, String oplossingsrichting,
                           String niveau, String status, String melder, String behandelaar, String terugkoppeling,
                           Instant gemeldOp, Instant gewijzigdOp, LocalDate termijn, boolean teLaat,
                           Integer werkdagenOverBijPauze, LocalDate wachtOpInformatieTot, boolean voorgesteldVoorOpschaling,
                           String samengevoegdIn, boolean afgeschermd, List<String> tags, Long cop, long versie) {
        static Knelpunt of(Bottleneck b, LocalDate today) {
            Deadline clock = b.getDeadline();
            return new Knelpunt(b.getReference(), b.getTitle(), b.getDescription(), b.getTheme().getCode(),
                    b.getGemeente().getCode(), b.getOrganisation().getCode(), b.getAffectedGroup(),
                    b.getEstimatedScale() == null ? null : b.getEstimatedScale().name(), b.getProposedSolution(),
                    b.getLevel().code(), b.getStatus().name(), b.getReporter().getDisplayName(),
                    b.getAssignee() == null ? null : b.getAssignee().getDisplayName(), b.getResolution(),
                    b.getReportedAt(), b.getChangedAt(), clock.due(), b.isOverdueOn(today), clock.pausedRemaining(),
                    clock.waitingUntil(), b.isProposed(), b.getMergedInto(), b.isRestricted(), b.getTags(),
                    b.getCommunityId(), b.getVersion());
        }
    }

    /** Request body for "ook bij ons": the gemeente where a partner organisation meets it (gemeenten: ignored), and a note. */
    public record Steun(String gemeente, String toelichting) {
    }

    public record Steunbetuiging(String organisatie, String gemeente, String toelichting, Instant op) {
        static Steunbetuiging of(Support s) {
            return new Steunbetuiging(s.getOrganisation().getCode(), s.getGemeente() == null ? null : s.getGemeente().getCode(),
                    s.getNote(), s.getSupportedAt());
        }
    }

    public record SteunOverzicht(long organisaties, long gemeenten, long regios, boolean voorgesteldVoorOpschaling,
                                 List<Steunbetuiging> steunbetuigingen) {
    }

    public record Pagina(List<Knelpunt> knelpunten, long totaal, int pagina, int paginaGrootte) {
    }

    public record Gebeurtenis(Instant tijdstip, String actie, String door, String vanNiveau, String vanStatus,
                              String naarNiveau, String naarStatus, String toelichting, String uitKnelpunt) {
        static Gebeurtenis of(BottleneckEvent e) {
            return new Gebeurtenis(e.getOccurredAt(), e.getActionCode(), e.getActor() == null ? null : e.getActor().getDisplayName(),
                    e.getFromLevel() == null ? null : e.getFromLevel().code(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                    e.getToLevel().code(), e.getToStatus().name(), e.getText(), e.getOriginReference());
        }
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow(ApiException::unauthenticated);
    }

    @GET
    @Operation(summary = "Knelpunten per pagina; te filteren op niveau, status, thema, gemeente, arbeidsmarktregio, eigen "
            + "meldingen (mijn=true), steun van de eigen organisatie (gesteund=true), termijn verstreken (teLaat=true) en "
            + "voorgesteld voor opschaling (voorgesteld=true), trefwoord (tag) en CoP (cop, het id: het knelpuntenbord van een CoP); sortering: -gewijzigd (standaard), gewijzigd, -gemeld, gemeld, "
            + "termijn, -termijn, wachtrij")
    public Pagina list(@QueryParam("pagina") @DefaultValue("1") int page,
                       @QueryParam("paginaGrootte") @DefaultValue("20") int pageSize,
                       @QueryParam("niveau") String level, @QueryParam("status") String status,
                       @QueryParam("thema") String theme, @QueryParam("gemeente") String gemeente,
                       @QueryParam("regio") String region, @QueryParam("mijn") boolean mine,
                       @QueryParam("gesteund") boolean supported, @QueryParam("teLaat") boolean overdue,
                       @QueryParam("voorgesteld") boolean proposed, @QueryParam("sortering") String sort,
                       @QueryParam("tag") String tag, @QueryParam("cop") Long cop) {
        Caller caller = caller();
        LocalDate today = service.today();
        BottleneckSort order = sort == null || sort.isBlank() ? BottleneckSort.CHANGED_DESC : BottleneckSort.ofCode(sort.strip())
                .orElseThrow(() -> InvalidInputException.of("sortering", Message.of("input.bottleneck.oneOf",
                        Arrays.stream(BottleneckSort.values()).map(BottleneckSort::code).toList().toString())));
        BottleneckFilter filter = new BottleneckFilter(level(level), parse(Status.class, "status", status),
                blankToNull(theme), blankToNull(gemeente), blankToNull(region), mine ? caller.subject() : null,
                supported ? currentUser.getUser().organisationCode() : null, overdue ? today : null, proposed, false,
                service.viewer(caller), blankToNull(tag), cop);
        BottleneckService.Page result = service.list(filter, order, page, pageSize);
        return new Pagina(result.items().stream().map(b -> Knelpunt.of(b, today)).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een knelpunt melden (professional). Omschrijving en oplossingsrichting zijn tekst met eenvoudige "
            + "opmaak (lege regel: alinea; **vet**, *cursief*, regels met - : lijst, [tekst](https://…): link), zo opgeslagen en "
            + "veilig als HTML getoond. Persoonsgegevens in de tekst geven 422 met de bevindingen. Optioneel: cop (id van een CoP "
            + "waarvan u lid bent) of opbrengst (id van een opbrengst van de soort KNELPUNT, die er dan naar verwijst).")
    public Response report(NieuwKnelpunt body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.bottleneck"));
        }
        EstimatedScale scale = parseScale(body.schaal());
        Bottleneck created = service.report(new BottleneckService.NewBottleneck(body.titel(), body.omschrijving(), body.thema(),
                body.gemeente(), body.doelgroep(), scale, body.oplossingsrichting(), Boolean.TRUE.equals(body.afgeschermd()),
                body.tags() == null ? List.of() : body.tags(), body.cop(), body.opbrengst()), caller());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getReference()).build())
                .entity(Knelpunt.of(created, service.today())).build();
    }

    @GET
    @Path("{referentie}")
    @Operation(summary = "Eén knelpunt op referentie, bijvoorbeeld KP-2026-00042")
    public Knelpunt get(@PathParam("referentie") String reference) {
        caller();
        return Knelpunt.of(load(reference), service.today());
    }

    private static final Set<String> EDITABLE = Set.of("titel", "omschrijving", "thema", "gemeente", "doelgroep", "schaal",
            "oplossingsrichting", "afgeschermd", "tags", "versie");

    @PATCH
    @Path("{referentie}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Een knelpunt wijzigen (JSON Merge Patch): de melder zolang het gemeld is en nog niet in "
            + "behandeling, een beheerder zolang het open is. Velden: titel, omschrijving, thema, gemeente, doelgroep, schaal, "
            + "oplossingsrichting, afgeschermd; null wist een optioneel veld; versie voorkomt dat u andermans wijziging overschrijft (409).")
    public Knelpunt edit(@PathParam("referentie") String reference, JsonObject patch) {
        Caller caller = caller();
        if (patch == null) {
            throw ApiException.bodyMissing(Message.of("api.body.changes"));
        }
        FieldErrors unknown = new FieldErrors();
        patch.keySet().stream().filter(k -> !EDITABLE.contains(k))
                .forEach(k -> unknown.put(k, Message.of("input.bottleneck.api.unknownField")));
        unknown.throwIfAny();
        Bottleneck current = load(reference);
        BottleneckService.NewBottleneck values = new BottleneckService.NewBottleneck(
                text(patch, "titel", current.getTitle()), text(patch, "omschrijving", current.getDescription()),
                text(patch, "thema", current.getTheme().getCode()), text(patch, "gemeente", current.getGemeente().getCode()),
                text(patch, "doelgroep", current.getAffectedGroup()),
                patch.containsKey("schaal") ? parseScale(text(patch, "schaal", null)) : current.getEstimatedScale(),
                text(patch, "oplossingsrichting", current.getProposedSolution()),
                patch.containsKey("afgeschermd") ? patch.get("afgeschermd") == JsonValue.TRUE : current.isRestricted(),
                patch.containsKey("tags") ? tags(patch) : current.getTags());
        Long version = patch.containsKey("versie") && patch.get("versie") instanceof JsonNumber n ? n.longValue() : null;
        return Knelpunt.of(service.edit(reference, values, version, caller), service.today());
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

    /** The patched value: absent keeps {@code current}, JSON null clears, a string replaces; anything else is refused. */
    static String text(JsonObject patch, String field, String current) {
        if (!patch.containsKey(field)) {
            return current;
        }
        JsonValue value = patch.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw InvalidInputException.of(field, Message.of("input.bottleneck.api.text"));
    }

    @GET
    @Path("{referentie}/historie")
    @Operation(summary = "De geschiedenis van een knelpunt: wie wat wanneer en waarom")
    public List<Gebeurtenis> history(@PathParam("referentie") String reference) {
        caller();
        return load(reference).getHistory().stream().map(Gebeurtenis::of).toList();
    }

    @GET
    @Path("{referentie}/steun")
    @Operation(summary = "Wie dit knelpunt ook tegenkomt: aantallen organisaties, gemeenten en regio's, en de steunbetuigingen")
    public SteunOverzicht supports(@PathParam("referentie") String reference) {
        caller();
        Bottleneck bottleneck = load(reference);
        SupportSummary summary = service.supportSummary(bottleneck);
        return new SteunOverzicht(summary.organisations(), summary.gemeenten(), summary.regions(),
                summary.proposedForEscalation(), service.supports(bottleneck).stream().map(Steunbetuiging::of).toList());
    }

    @POST
    @Path("{referentie}/steun")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ook bij ons: uw organisatie komt dit knelpunt ook tegen (eenmaal per organisatie)")
    public Response support(@PathParam("referentie") String reference, Steun body) {
        Steun given = body == null ? new Steun(null, null) : body;
        service.support(reference, given.gemeente(), given.toelichting(), caller());
        return Response.status(Response.Status.CREATED).entity(supports(reference)).build();
    }

    @POST
    @Path("{referentie}/in-behandeling-nemen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "In behandeling nemen (behandelaar van het niveau)")
    public Knelpunt take(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.IN_BEHANDELING_NEMEN, step);
    }

    @POST
    @Path("{referentie}/opschalen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opschalen naar schakelniveau, met reden (facilitator)")
    public Knelpunt escalate(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.OPSCHALEN, step);
    }

    @POST
    @Path("{referentie}/terugleggen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Terugleggen naar uitvoeringsniveau, met terugkoppeling (coördinator)")
    public Knelpunt returnDown(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.TERUGLEGGEN, step);
    }

    @POST
    @Path("{referentie}/oplossen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Oplossen, met terugkoppeling")
    public Knelpunt resolve(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.OPLOSSEN, step);
    }

    @POST
    @Path("{referentie}/sluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sluiten, met terugkoppeling")
    public Knelpunt close(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.SLUITEN, step);
    }

    @POST
    @Path("{referentie}/heropenen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Heropenen, met reden (melder of steuner)")
    public Knelpunt reopen(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.HEROPENEN, step);
    }

    @POST
    @Path("{referentie}/informatie-vragen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Om informatie vragen (de klok staat stil), met vraag")
    public Knelpunt askInformation(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.INFORMATIE_VRAGEN, step);
    }

    @POST
    @Path("{referentie}/informatie-ontvangen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gevraagde informatie geven, met het antwoord")
    public Knelpunt informationReceived(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.INFORMATIE_ONTVANGEN, step);
    }

    /** Request body for assigning: the user name of a handler of the knelpunt's level, and the version seen. */
    public record Toewijzing(String behandelaar, Long versie) {
    }

    @POST
    @Path("{referentie}/toewijzen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toewijzen aan een behandelaar van het huidige niveau (behandelaar van dat niveau of beheerder)")
    public Knelpunt assign(@PathParam("referentie") String reference, Toewijzing body) {
        Toewijzing given = body == null ? new Toewijzing(null, null) : body;
        service.assign(reference, given.behandelaar(), given.versie(), caller());
        return Knelpunt.of(load(reference), service.today());
    }

    public record Vergelijkbaar(String referentie, String titel, String niveau, String status, int overeenkomst) {
    }

    @GET
    @Path("vergelijkbaar")
    @Operation(summary = "Knelpunten die lijken op een titel (en omschrijving), open eerst, met het percentage overeenkomst; "
            + "voor suggesties terwijl iemand een nieuw knelpunt typt")
    public List<Vergelijkbaar> similar(@QueryParam("titel") String title, @QueryParam("omschrijving") String description,
                                       @QueryParam("aantal") @DefaultValue("5") int limit) {
        return duplicates.similar(title, description, null, limit, caller()).stream()
                .map(s -> new Vergelijkbaar(s.bottleneck().getReference(), s.bottleneck().getTitle(), s.bottleneck().getLevel().code(),
                        s.bottleneck().getStatus().name(), s.percent()))
                .toList();
    }

    /** Request body for merging this knelpunt (a duplicate) into the one that stays. */
    public record Samenvoegen(String behouden, String toelichting, Long versie) {
    }

    @POST
    @Path("{referentie}/samenvoegen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dit knelpunt (een dubbele melding) samenvoegen met het knelpunt dat blijft (behouden): het wordt "
            + "gesloten met terugkoppeling die ernaar verwijst; steun, volgers en geschiedenis gaan mee. Behandelaar van het "
            + "niveau of beheerder; een toelichting is verplicht.")
    public Knelpunt merge(@PathParam("referentie") String reference, Samenvoegen body) {
        Samenvoegen given = body == null ? new Samenvoegen(null, null, null) : body;
        duplicates.merge(reference, given.behouden(), given.toelichting(), given.versie(), caller());
        return Knelpunt.of(load(reference), service.today());
    }

    public record Bijlage(long id, String naam, String soort, String mediatype, long grootte, String sha256, String door,
                          Instant op) {
        static Bijlage of(Attachment a) {
            return new Bijlage(a.getId(), a.getFileName(), a.getKind().name(), a.getKind().mediaType(), a.getSize(), a.getSha256(),
                    a.getUploader().getDisplayName(), a.getUploadedAt());
        }
    }

    @GET
    @Path("{referentie}/bijlagen")
    @Operation(summary = "De bijlagen van een knelpunt (zonder inhoud)")
    public List<Bijlage> attachments(@PathParam("referentie") String reference) {
        return attachmentService.list(reference, caller()).stream().map(Bijlage::of).toList();
    }

    @POST
    @Path("{referentie}/bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Een bijlage toevoegen (multipart/form-data, veld 'bestand'): PDF, PNG, JPEG, GIF, WebP, "
            + "Word/Excel/PowerPoint of OpenDocument, herkend aan de inhoud; hoogstens 10 MB en 10 per knelpunt")
    public Response addAttachment(@PathParam("referentie") String reference, @FormParam("bestand") EntityPart file)
            throws IOException {
        Caller caller = caller();
        if (file == null) {
            throw InvalidInputException.of("bestand", Message.of("input.attachment.missing"));
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1));
        }
        Attachment added = attachmentService.add(reference, file.getFileName().orElse(null), content, caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build())
                .entity(Bijlage.of(added)).build();
    }

    @GET
    @Path("{referentie}/bijlagen/{bijlage}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Een bijlage downloaden, met het herkende mediatype")
    public Response download(@PathParam("referentie") String reference, @PathParam("bijlage") long id) {
        AttachmentService.Download download = attachmentService.download(reference, id, caller());
        return Response.ok(download.content(), download.attachment().getKind().mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(download.attachment().getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{referentie}/bijlagen/{bijlage}")
    @Operation(summary = "Een bijlage verwijderen (wie haar toevoegde zolang het knelpunt open is, of een beheerder)")
    public Response removeAttachment(@PathParam("referentie") String reference, @PathParam("bijlage") long id) {
        attachmentService.remove(reference, id, caller());
        return Response.noContent().build();
    }

    /** Request body for splitting: 2 to 5 parts, each with a title and description, and the reason. */
    public record Splitsen(List<Deel> delen, String toelichting, Long versie) {
    }

    public record Deel(String titel, String omschrijving) {
    }

    public record Gesplitst(List<String> referenties) {
    }

    @POST
    @Path("{referentie}/splitsen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een knelpunt met meerdere problemen splitsen in 2 tot en met 5 nieuwe knelpunten op hetzelfde niveau "
            + "(behandelaar van het niveau of beheerder); het oorspronkelijke wordt gesloten met terugkoppeling die de delen noemt")
    public Response split(@PathParam("referentie") String reference, Splitsen body) {
        Splitsen given = body == null ? new Splitsen(List.of(), null, null) : body;
        List<DuplicateService.Part> parts = given.delen() == null ? List.of()
                : given.delen().stream().map(d -> new DuplicateService.Part(d == null ? null : d.titel(), d == null ? null : d.omschrijving())).toList();
        List<String> references = duplicates.split(reference, parts, given.toelichting(), given.versie(), caller());
        return Response.status(Response.Status.CREATED).entity(new Gesplitst(references)).build();
    }

    /** Request body for a comment. */
    public record NieuweReactie(String tekst) {
    }

    public record Reactie(long id, String door, String organisatie, String tekst, Instant op) {
        static Reactie of(Comment c) {
            return new Reactie(c.getId(), c.getAuthor().getDisplayName(),
                    c.getAuthor().getOrganisation() == null ? null : c.getAuthor().getOrganisation().getCode(), c.getBody(),
                    c.getCreatedAt());
        }
    }

    public record Reacties(List<Reactie> reacties, long totaal, int pagina, int paginaGrootte) {
    }

    @GET
    @Path("{referentie}/reacties")
    @Operation(summary = "De reacties op een knelpunt, oudste eerst, per pagina")
    public Reacties comments(@PathParam("referentie") String reference, @QueryParam("pagina") @DefaultValue("1") int page,
                             @QueryParam("paginaGrootte") @DefaultValue("50") int pageSize) {
        CommentService.Page result = comments.comments(reference, page, pageSize, caller());
        return new Reacties(result.items().stream().map(Reactie::of).toList(), result.total(), result.page(), result.pageSize());
    }

    @POST
    @Path("{referentie}/reacties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reageren op een knelpunt (professional, behandelaar, beheerder); u volgt het daarna. "
            + "Persoonsgegevens geven 422.")
    public Response comment(@PathParam("referentie") String reference, NieuweReactie body) {
        Comment created = comments.comment(reference, body == null ? null : body.tekst(), caller());
        return Response.status(Response.Status.CREATED).entity(Reactie.of(created)).build();
    }

    public record Volgen(boolean volgt) {
    }

    @GET
    @Path("{referentie}/volgen")
    @Operation(summary = "Of u dit knelpunt volgt")
    public Volgen following(@PathParam("referentie") String reference) {
        return new Volgen(comments.isFollowing(reference, caller()));
    }

    @PUT
    @Path("{referentie}/volgen")
    @Operation(summary = "Dit knelpunt volgen: u krijgt meldingen van elke wijziging")
    public Volgen follow(@PathParam("referentie") String reference) {
        comments.follow(reference, true, caller());
        return new Volgen(true);
    }

    @DELETE
    @Path("{referentie}/volgen")
    @Operation(summary = "Dit knelpunt niet meer volgen (als melder of steunende organisatie blijft u terugkoppeling krijgen)")
    public Volgen unfollow(@PathParam("referentie") String reference) {
        comments.follow(reference, false, caller());
        return new Volgen(false);
    }

    private Knelpunt perform(String reference, Action action, Stap step) {
        Stap given = step == null ? new Stap(null, null) : step;
        service.perform(reference, action, given.toelichting(), given.versie(), caller());
        return Knelpunt.of(load(reference), service.today());
    }

    private Bottleneck load(String reference) {
        return service.find(reference, caller()).orElseThrow(() -> new NotFoundException(
                Message.of("notFound.bottleneck", reference)));
    }

    /** A level by its API code (UITVOERING, SCHAKEL, STELSEL); {@code null} when not given. */
    private static Level level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Level.ofCode(value).orElseThrow(() -> InvalidInputException.of("niveau", Message.of("input.bottleneck.oneOf",
                Arrays.stream(Level.values()).map(Level::code).toList().toString())));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, Message.of("input.bottleneck.oneOf", Arrays.toString(type.getEnumConstants())));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
