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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.rest.cops.Cop;
import nl.lerendstelsel.interfaces.rest.cops.CopSamenvatting;
import nl.lerendstelsel.interfaces.rest.cops.NieuweCop;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Communities of Practice themselves: the directory, a CoP, setting one up and changing it. The other CoP resources
 * share the path {@code cops} with sub-paths of their own: membership ({@link CommunityMembershipResource}) and the
 * CoP's discussions, meetings and outcomes as collections ({@link CommunityContentResource}). Single threads, posts,
 * meetings and outcomes live at their own addresses ({@link DiscussionResource}, {@link MeetingResource}). Their JSON
 * records are in {@code rest.cops}.
 *
 * <p>The tag "Communities of Practice" is on each of these classes; Payara lists a class-level tag once per class, and
 * {@link OpenApiDocumentFilter} keeps the first, so the document names it once.
 */
@Path("cops")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Communities of Practice")
public class CommunityResource {

    @Inject
    CommunityService communities;

    @Inject
    ApiCaller apiCaller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "De gids van CoP's, op naam; te filteren op thema (code) en arbeidsmarktregio (code; landelijke CoP's horen bij elke regio)")
    public List<CopSamenvatting> directory(@QueryParam("thema") String theme, @QueryParam("regio") String region,
                                           @BeanParam Paging paging) {
        apiCaller.get();
        return paging.of(communities.directory(theme, region))
                .map((CommunityRepository.Listing l) -> CopSamenvatting.of(l.community(), l.members()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een CoP inrichten (beheerder). lidmaatschap: OPEN, OP_AANVRAAG of OP_UITNODIGING; geen regio's: landelijk")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Cop.class)),
            headers = @Header(name = "Location", description = "Het adres van de nieuwe resource", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(NieuweCop body) {
        Community created = communities.create(input(body), apiCaller.get());
        return Created.in(uriInfo, created.getId(), view(created, apiCaller.get()));
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

    private Cop view(Community c, Caller caller) {
        CommunityService.Access access = communities.access(c, caller);
        Membership m = access.membership();
        return new Cop(c.getId(), c.getName(), c.getDescription(), c.getMembershipMode().name(), c.isNational(),
                c.getThemes().stream().map(Theme::getCode).toList(), c.getRegions().stream().map(LabourMarketRegion::getCode).toList(),
                communities.memberCount(c.getId()), m == null ? null : m.getStatus().name(), m == null ? null : m.getRole().name(),
                access.facilitator(), c.getVersion());
    }

    private static CommunityService.CommunityInput input(NieuweCop body) {
        ApiException.requireBody(body, Message.of("api.body.community"));
        return new CommunityService.CommunityInput(body.naam(), body.omschrijving(),
                body.lidmaatschap() == null ? null : parse(MembershipMode.class, "lidmaatschap", body.lidmaatschap()),
                body.themas(), body.regios());
    }

    /** An enum value given in the API (any case, surrounding blanks ignored); null for none; 422 naming the choices otherwise. */
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
