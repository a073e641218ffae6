package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.cops.Besluit;
import nl.lerendstelsel.interfaces.rest.cops.Lid;
import nl.lerendstelsel.interfaces.rest.cops.Persoon;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Membership of a CoP: its members, joining and leaving, requests and invitations, removing a member, and appointing
 * facilitators. Each answers with the membership concerned.
 */
@Path("cops")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Communities of Practice")
public class CommunityMembershipResource {

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    ApiCaller apiCaller;

    @GET
    @Path("{id}/leden")
    @Operation(summary = "De leden met hun organisatie, facilitatoren eerst")
    public List<Lid> members(@PathParam("id") long id, @BeanParam Paging paging) {
        apiCaller.get();
        return paging.of(communities.members(id)).map(Lid::of);
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
    public List<Lid> pending(@PathParam("id") long id, @QueryParam("status") @DefaultValue("AANGEVRAAGD") @OneOf(MembershipStatus.class) String status,
                             @BeanParam Paging paging) {
        // a blank status is the default one, as no status is: it must not reach the query as null
        MembershipStatus wanted = CommunityResource.parse(MembershipStatus.class, "status", status);
        return paging.of(memberships.pending(id, wanted == null ? MembershipStatus.AANGEVRAAGD : wanted, apiCaller.get()))
                .map(Lid::of);
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
}
