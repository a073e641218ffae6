package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Communities of Practice: the directory, a CoP, its membership, and its discussions, meetings and outcomes as
 * collections under the CoP. Single threads, posts, meetings and outcomes live at their own addresses
 * ({@link DiscussionResource}, {@link MeetingResource}).
 */
@Path("cops")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities of Practice")
@SecurityRequirement(name = "keycloak")
public class CommunityResource {

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    DiscussionService discussions;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    MeetingService meetings;

    @Inject
    OutcomeService outcomes;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    public record CopSamenvatting(long id, String naam, String omschrijving, String lidmaatschap, boolean landelijk,
                                  List<String> themas, List<String> regios, long leden) {
        static CopSamenvatting of(Community c, long members) {
            return new CopSamenvatting(c.getId(), c.getName(), c.getDescription(), c.getMembershipMode().name(), c.isNational(),
                    c.getThemes().stream().map(Theme::getCode).toList(),
                    c.getRegions().stream().map(LabourMarketRegion::getCode).toList(), members);
        }
    }

    /** A CoP as the caller sees it, with their own standing ({@code mijnStatus}: null, AANGEVRAAGD, ACTIEF, …). */
    public record Cop(long id, String naam, String omschrijving, String lidmaatschap, boolean landelijk, List<String> themas,
                      List<String> regios, long leden, String mijnStatus, String mijnRol, boolean facilitator, long versie) {
    }

    public record NieuweCop(String naam, String omschrijving, String lidmaatschap, List<String> themas, List<String> regios,
                            Long versie) {
    }

    public record Lid(String gebruikersnaam, String naam, String organisatie, String rol, String status, String reden,
                      Instant sinds) {
        static Lid of(Membership m) {
            return new Lid(m.getPerson().getUsername(), m.getPerson().getDisplayName(),
                    m.getPerson().getOrganisation() == null ? null : m.getPerson().getOrganisation().getName(), m.getRole().name(),
                    m.getStatus().name(), m.getReason(), m.getChangedAt());
        }
    }

    public record Besluit(String besluit, String reden) {
    }

    public record Persoon(String gebruikersnaam) {
    }

    public record Discussie(long id, long cop, String titel, String auteur, Instant gestartOp, Instant laatsteBerichtOp,
                            int berichten, boolean vastgezet, boolean gesloten, Boolean ongelezen) {
        static Discussie of(DiscussionThread t, Boolean unread) {
            return new Discussie(t.getId(), t.getCommunity().getId(), t.getTitle(), t.getAuthor().getDisplayName(),
                    t.getCreatedAt(), t.getLastPostAt(), t.getPostCount(), t.isPinned(), t.isLocked(), unread);
        }
    }

    public record Discussies(List<Discussie> discussies, long totaal, int pagina, int paginaGrootte) {
    }

    /** A new thread: a title and the opening post as {@code tekst} (light markup) or {@code html} (sanitised). */
    public record NieuweDiscussie(String titel, String tekst, String html) {
    }

    public record NieuweBijeenkomst(String soort, String titel, LocalDateTime begin, LocalDateTime einde, String plaats,
                                    String onlineLink, String agenda, Long versie) {
        MeetingService.MeetingInput toInput() {
            return new MeetingService.MeetingInput(parse(MeetingKind.class, "soort", soort), titel, begin, einde, plaats, onlineLink,
                    agenda);
        }
    }

    public record NieuweOpbrengst(String soort, String titel, String omschrijving, Long bijeenkomst, Long discussie) {
    }

    @GET
    @Operation(summary = "De gids van CoP's, op naam; te filteren op thema (code) en arbeidsmarktregio (code; landelijke CoP's horen bij elke regio)")
    public List<CopSamenvatting> directory(@QueryParam("thema") String theme, @QueryParam("regio") String region) {
        apiCaller.get();
        return communities.directory(theme, region).stream()
                .map((CommunityRepository.Listing l) -> CopSamenvatting.of(l.community(), l.members())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een CoP inrichten (beheerder). lidmaatschap: OPEN, OP_AANVRAAG of OP_UITNODIGING; geen regio's: landelijk")
    public Response create(NieuweCop body) {
        Community created = communities.create(input(body), apiCaller.get());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(view(created, apiCaller.get())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén CoP, met uw eigen lidmaatschap")
    public Cop get(@PathParam("id") long id) {
        return view(communities.load(id), apiCaller.get());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een CoP wijzigen (haar facilitatoren en beheerders); versie voorkomt dat u andermans wijziging overschrijft (409)")
    public Cop update(@PathParam("id") long id, NieuweCop body) {
        Caller caller = apiCaller.get();
        return view(communities.update(id, input(body), body == null ? null : body.versie(), caller), caller);
    }

    @GET
    @Path("{id}/leden")
    @Operation(summary = "De leden met hun organisatie, facilitatoren eerst")
    public List<Lid> members(@PathParam("id") long id) {
        apiCaller.get();
        return communities.members(id).stream().map(Lid::of).toList();
    }

    @POST
    @Path("{id}/lidmaatschap")
    @Operation(summary = "Lid worden (open CoP), lidmaatschap aanvragen (op aanvraag) of een uitnodiging aannemen")
    public Lid join(@PathParam("id") long id) {
        return Lid.of(memberships.join(id, apiCaller.get()));
    }

    @DELETE
    @Path("{id}/lidmaatschap")
    @Operation(summary = "De CoP verlaten")
    public Lid leave(@PathParam("id") long id) {
        return Lid.of(memberships.leave(id, apiCaller.get()));
    }

    @POST
    @Path("{id}/uitnodiging/afslaan")
    @Operation(summary = "Een uitnodiging afslaan")
    public Lid declineInvitation(@PathParam("id") long id) {
        return Lid.of(memberships.declineInvitation(id, apiCaller.get()));
    }

    @GET
    @Path("{id}/aanvragen")
    @Operation(summary = "Openstaande aanvragen (status=AANGEVRAAGD, standaard) of uitnodigingen (status=UITGENODIGD); alleen facilitatoren van de CoP")
    public List<Lid> pending(@PathParam("id") long id, @QueryParam("status") @DefaultValue("AANGEVRAAGD") String status) {
        return memberships.pending(id, parse(MembershipStatus.class, "status", status), apiCaller.get()).stream().map(Lid::of).toList();
    }

    @POST
    @Path("{id}/aanvragen/{gebruikersnaam}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een aanvraag goedkeuren of afwijzen (facilitator); besluit GOEDKEUREN of AFWIJZEN, afwijzen met reden")
    public Lid decide(@PathParam("id") long id, @PathParam("gebruikersnaam") String username, Besluit body) {
        String decision = body == null || body.besluit() == null ? "" : body.besluit().strip().toUpperCase(Locale.ROOT);
        if (!decision.equals("GOEDKEUREN") && !decision.equals("AFWIJZEN")) {
            throw InvalidInputException.of("besluit", Message.of("input.cop.decision"));
        }
        return Lid.of(memberships.decide(id, username, decision.equals("GOEDKEUREN"), body.reden(), apiCaller.get()));
    }

    @POST
    @Path("{id}/uitnodigingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Iemand uitnodigen (facilitator)")
    public Lid invite(@PathParam("id") long id, Persoon body) {
        return Lid.of(memberships.invite(id, body == null ? null : body.gebruikersnaam(), apiCaller.get()));
    }

    @POST
    @Path("{id}/leden/{gebruikersnaam}/verwijderen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een lid uit de CoP verwijderen (facilitator), met een reden die het lid ziet")
    public Lid remove(@PathParam("id") long id, @PathParam("gebruikersnaam") String username, Besluit body) {
        return Lid.of(memberships.remove(id, username, body == null ? null : body.reden(), apiCaller.get()));
    }

    @PUT
    @Path("{id}/facilitatoren/{gebruikersnaam}")
    @Operation(summary = "Iemand met de rol facilitator aanwijzen als facilitator van deze CoP (beheerder)")
    public Lid appoint(@PathParam("id") long id, @PathParam("gebruikersnaam") String username) {
        return Lid.of(memberships.appoint(id, username, true, apiCaller.get()));
    }

    @DELETE
    @Path("{id}/facilitatoren/{gebruikersnaam}")
    @Operation(summary = "Een facilitator ontheffen (beheerder); hij of zij blijft lid")
    public Lid relieve(@PathParam("id") long id, @PathParam("gebruikersnaam") String username) {
        return Lid.of(memberships.appoint(id, username, false, apiCaller.get()));
    }

    @GET
    @Path("{id}/discussies")
    @Operation(summary = "De discussies van een CoP (leden): vastgezette eerst, dan de meest recente, met ongelezen-markering")
    public Discussies threads(@PathParam("id") long id, @QueryParam("pagina") @DefaultValue("1") int page) {
        DiscussionQueries.ThreadPage result = discussionQueries.threads(id, page, apiCaller.get());
        return new Discussies(result.items().stream().map(l -> Discussie.of(l.thread(), l.unread())).toList(), result.total(),
                result.page(), result.pageSize());
    }

    @POST
    @Path("{id}/discussies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een discussie starten (leden). Het openingsbericht als tekst (eenvoudige opmaak) of html (alleen "
            + "toegestane opmaak blijft over; links krijgen rel=\"nofollow noopener\"). @gebruikersnaam noemt een lid.")
    public Response start(@PathParam("id") long id, NieuweDiscussie body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.discussion"));
        }
        DiscussionThread thread = discussions.start(id, body.titel(), new DiscussionService.Body(body.tekst(), body.html()), apiCaller.get());
        return Response.created(uriInfo.getBaseUriBuilder().path("discussies").path(String.valueOf(thread.getId())).build())
                .entity(Discussie.of(thread, false)).build();
    }

    @GET
    @Path("{id}/bijeenkomsten")
    @Operation(summary = "Bijeenkomsten van een CoP (leden): komend (standaard, eerstvolgende eerst) of geweest (komend=false)")
    public List<MeetingResource.Bijeenkomst> meetings(@PathParam("id") long id,
                                                      @QueryParam("komend") @DefaultValue("true") boolean upcoming) {
        return meetings.meetings(id, upcoming, apiCaller.get()).stream().map(MeetingResource.Bijeenkomst::of).toList();
    }

    @POST
    @Path("{id}/bijeenkomsten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bijeenkomst plannen (facilitator). soort BIJEENKOMST of INTERVISIE; begin en einde als lokale tijd "
            + "in Europe/Amsterdam (2026-12-03T10:00); een plaats of een onlineLink")
    public Response plan(@PathParam("id") long id, NieuweBijeenkomst body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.meeting"));
        }
        Meeting meeting = meetings.plan(id, body.toInput(), apiCaller.get());
        return Response.created(uriInfo.getBaseUriBuilder().path("bijeenkomsten").path(String.valueOf(meeting.getId())).build())
                .entity(MeetingResource.Bijeenkomst.of(meeting)).build();
    }

    @GET
    @Path("{id}/opbrengsten")
    @Operation(summary = "Opbrengsten van een CoP: alle voor leden, alleen de gedeelde voor anderen")
    public List<MeetingResource.Opbrengst> outcomes(@PathParam("id") long id) {
        return outcomes.outcomes(id, apiCaller.get()).stream().map(MeetingResource.Opbrengst::of).toList();
    }

    @POST
    @Path("{id}/opbrengsten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een opbrengst vastleggen (facilitator): INZICHT, GOEDE_PRAKTIJK of KNELPUNT, eventueel uit een "
            + "bijeenkomst of discussie. Een KNELPUNT meldt u daarna met POST /knelpunten en opbrengst=<id>")
    public Response record(@PathParam("id") long id, NieuweOpbrengst body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.outcome"));
        }
        Outcome outcome = outcomes.record(id, new OutcomeService.OutcomeInput(parse(OutcomeKind.class, "soort", body.soort()),
                body.titel(), body.omschrijving(), body.bijeenkomst(), body.discussie()), apiCaller.get());
        return Response.created(uriInfo.getBaseUriBuilder().path("opbrengsten").path(String.valueOf(outcome.getId())).build())
                .entity(MeetingResource.Opbrengst.of(outcome)).build();
    }

    private Cop view(Community c, Caller caller) {
        CommunityService.Access access = communities.access(c, caller);
        Membership m = access.membership();
        return new Cop(c.getId(), c.getName(), c.getDescription(), c.getMembershipMode().name(), c.isNational(),
                c.getThemes().stream().map(Theme::getCode).toList(), c.getRegions().stream().map(LabourMarketRegion::getCode).toList(),
                communities.memberCount(c.getId()), m == null ? null : m.getStatus().name(), m == null ? null : m.getRole().name(),
                access.facilitator(), c.getVersion());
    }

    private static CommunityService.CommunityInput input(NieuweCop body) {
        if (body == null) {
            throw ApiException.bodyMissing(Message.of("api.body.community"));
        }
        return new CommunityService.CommunityInput(body.naam(), body.omschrijving(),
                body.lidmaatschap() == null ? null : parse(MembershipMode.class, "lidmaatschap", body.lidmaatschap()),
                body.themas(), body.regios());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, Message.of("input.unknownValueChooseFrom", value,
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
