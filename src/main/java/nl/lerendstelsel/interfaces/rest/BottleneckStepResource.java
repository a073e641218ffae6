package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.knelpunten.Knelpunt;
import nl.lerendstelsel.interfaces.rest.knelpunten.Stap;
import nl.lerendstelsel.interfaces.rest.knelpunten.Toewijzing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workflow of a knelpunt as sub-resources ({@code …/opschalen}, {@code …/terugleggen}, …), and assigning it to a
 * handler. Each answers with the knelpunt as it is after the step.
 */
@Path("knelpunten")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Knelpunten")
public class BottleneckStepResource {

    @Inject
    BottleneckSteps steps;

    @Inject
    BottleneckAssignment assignment;

    @Inject
    BottleneckLookup lookup;

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
    @Operation(summary = "Oplossen, met terugkoppeling en afhandelcategorie (VERDUIDELIJKT, OPGELOST_IN_UITVOERING,"
            + " OPGELOST_DOOR_REGELGEVING)")
    public Knelpunt resolve(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.OPLOSSEN, step);
    }

    @POST
    @Path("{referentie}/sluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sluiten, met terugkoppeling en afhandelcategorie (DOORVERWEZEN, NIET_OVERGENOMEN)")
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
    @Path("{referentie}/intrekken")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intrekken door de melder, met reden; niet op stelselniveau")
    public Knelpunt withdraw(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.INTREKKEN, step);
    }

    @POST
    @Path("{referentie}/terugkoppeling-aanvaarden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De terugkoppeling op een teruggelegd knelpunt aanvaarden (melder): opgelost, verduidelijkt")
    public Knelpunt acceptFeedback(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.TERUGKOPPELING_AANVAARDEN, step);
    }

    @POST
    @Path("{referentie}/opnieuw-voorleggen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een teruggelegd knelpunt met reactie opnieuw voorleggen aan de coördinatoren (melder): schakelniveau, heropend")
    public Knelpunt sendBackUp(@PathParam("referentie") String reference, Stap step) {
        return perform(reference, Action.OPNIEUW_VOORLEGGEN, step);
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

    @POST
    @Path("{referentie}/toewijzen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toewijzen aan een behandelaar van het huidige niveau (behandelaar van dat niveau of beheerder)")
    public Knelpunt assign(@PathParam("referentie") String reference, Toewijzing body) {
        Toewijzing given = body == null ? new Toewijzing(null, null) : body;
        assignment.assign(reference, given.behandelaar(), given.versie(), lookup.caller());
        return lookup.knelpunt(reference);
    }

    private Knelpunt perform(String reference, Action action, Stap step) {
        Stap given = step == null ? new Stap(null, null, null) : step;
        steps.perform(reference, action, category(action, given.afhandelcategorie()), given.toelichting(), given.versie(),
                lookup.caller());
        return lookup.knelpunt(reference);
    }

    /** The category given by its code; an unknown code is refused (400) with the codes that fit the step. */
    private static Resolution category(Action action, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Resolution.ofCode(code).orElseThrow(() -> InvalidInputException.of("afhandelcategorie",
                Message.of("input.bottleneck.resolution",
                        Resolution.choicesFor(action).stream().map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
