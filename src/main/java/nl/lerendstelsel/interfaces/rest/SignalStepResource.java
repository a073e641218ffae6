package nl.lerendstelsel.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import static nl.lerendstelsel.interfaces.rest.signalen.Tekst.tekstOf;
import static nl.lerendstelsel.interfaces.rest.signalen.Tekst.versieOf;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.lerendstelsel.application.signal.SignalOwnership;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.signal.SignalWithdrawal;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.signalen.Beantwoording;
import nl.lerendstelsel.interfaces.rest.signalen.Bericht;
import nl.lerendstelsel.interfaces.rest.signalen.NieuweEigenaar;
import nl.lerendstelsel.interfaces.rest.signalen.NieuwTussenbericht;
import nl.lerendstelsel.interfaces.rest.signalen.Signaal;
import nl.lerendstelsel.interfaces.rest.signalen.Tekst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The steps of a signal between coordinator and ministry as sub-resources ({@code …/indienen}, {@code …/ontvangen},
 * {@code …/vragen}, {@code …/tussenbericht}, {@code …/beantwoorden}, …), and the messages between them. Each step
 * answers with the signal as it is after the step.
 */
@Path("signalen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Signalen")
public class SignalStepResource {

    @Inject
    SignalService service;

    @Inject
    SignalOwnership ownership;

    @Inject
    SignalWithdrawal withdrawal;

    @Inject
    SignalLookup lookup;

    @POST
    @Path("{referentie}/indienen")
    @Operation(summary = "Het concept indienen bij SZW (coördinator): de knelpunten gaan naar stelselniveau, de termijnen van SZW lopen")
    public Signaal submit(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> service.submit(reference, versieOf(body), caller));
    }

    @POST
    @Path("{referentie}/ontvangen")
    @Operation(summary = "De ontvangst bevestigen (SZW)")
    public Signaal acknowledge(@PathParam("referentie") String reference) {
        return lookup.after(reference, caller -> service.acknowledge(reference, caller));
    }

    @POST
    @Path("{referentie}/in-behandeling-nemen")
    @Operation(summary = "Het signaal in behandeling nemen (SZW)")
    public Signaal takeInHand(@PathParam("referentie") String reference) {
        return lookup.after(reference, caller -> service.takeInHand(reference, caller));
    }

    @POST
    @Path("{referentie}/vragen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vragen stellen aan de coördinator (SZW); het signaal gaat terug tot de vragen beantwoord zijn")
    public Signaal ask(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> service.askQuestions(reference, tekstOf(body), caller));
    }

    @POST
    @Path("{referentie}/vragen-beantwoorden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De vragen van SZW beantwoorden (coördinator); het signaal gaat terug naar SZW")
    public Signaal answerQuestions(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> service.answerQuestions(reference, tekstOf(body), caller));
    }

    @POST
    @Path("{referentie}/berichten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bericht in het overleg tussen SZW en de coördinator")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Bericht.class)))
    public Response write(@PathParam("referentie") String reference, Tekst body) {
        SignalMessage message = service.write(reference, tekstOf(body), lookup.caller());
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
        Decision decision = CommunityResource.parse(Decision.class, "besluit", body.besluit());
        return lookup.after(reference, caller -> service.respond(reference, decision, body.antwoord(), body.forum(), body.versie(), caller));
    }

    @POST
    @Path("{referentie}/eigenaar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Signalen")
    @Operation(summary = "Het signaal oppakken (SZW, zonder gebruikersnaam) of toewijzen aan een andere medewerker van SZW "
            + "(gebruikersnaam); die krijgt bericht. De lijst filtert met mijn=true op eigen signalen.")
    public Signaal assignOwner(@PathParam("referentie") String reference, NieuweEigenaar body) {
        if (body == null || body.gebruikersnaam() == null) {
            ownership.take(reference, lookup.caller());
        } else {
            ownership.assign(reference, body.gebruikersnaam(), lookup.caller());
        }
        return lookup.signaal(reference);
    }

    @POST
    @Path("{referentie}/tussenbericht")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Signalen")
    @Operation(summary = "Een tussenbericht van SZW: wat er gebeurt en wanneer (nieuweDatum, in de toekomst; een weekend- of feestdag "
            + "schuift op naar de volgende werkdag). De antwoordtermijn verschuift naar die datum; het signaal blijft in behandeling. "
            + "De coördinator en wie de knelpunten meldde, steunt of volgt, horen het.")
    public Signaal interimAnswer(@PathParam("referentie") String reference, NieuwTussenbericht body) {
        return lookup.after(reference, caller -> service.interimAnswer(reference, body == null ? null : body.tekst(),
                body == null ? null : body.nieuweDatum(), body == null ? null : body.versie(), caller));
    }

    @POST
    @Path("{referentie}/intrekken")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Signalen")
    @Operation(summary = "Een ingediend signaal intrekken (coördinator) vóór het antwoord van SZW, met een reden (tekst). De "
            + "knelpunten gaan terug naar schakelniveau (in behandeling); wie ze meldde, steunt of volgt, hoort het.")
    public Signaal withdraw(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> withdrawal.withdraw(reference, tekstOf(body), versieOf(body), caller));
    }

    @POST
    @Path("{referentie}/sluiten")
    @Operation(summary = "Een beantwoord signaal sluiten (coördinator of SZW), met een optionele toelichting")
    public Signaal close(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> service.close(reference, tekstOf(body), caller));
    }
}
