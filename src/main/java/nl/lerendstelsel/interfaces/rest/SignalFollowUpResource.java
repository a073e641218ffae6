package nl.lerendstelsel.interfaces.rest;

import static nl.lerendstelsel.interfaces.rest.signalen.Tekst.tekstOf;
import static nl.lerendstelsel.interfaces.rest.signalen.Tekst.versieOf;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.lerendstelsel.application.signal.SignalFollowUp;
import nl.lerendstelsel.interfaces.rest.signalen.NieuweOpvolging;
import nl.lerendstelsel.interfaces.rest.signalen.Signaal;
import nl.lerendstelsel.interfaces.rest.signalen.Tekst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * After SZW adopted a signal (wholly or in part): what changes and when ({@code …/opvolging}), progress on it, and that it
 * was realised ({@code …/opvolging/gerealiseerd}).
 */
@Path("signalen")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Signalen")
public class SignalFollowUpResource {

    @Inject
    SignalFollowUp followUp;

    @Inject
    SignalLookup lookup;

    @PUT
    @Path("{referentie}/opvolging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De opvolging van een (deels) overgenomen besluit vastleggen (SZW): wat verandert en wanneer")
    public Signaal followUp(@PathParam("referentie") String reference, NieuweOpvolging body) {
        return lookup.after(reference, caller -> followUp.recordFollowUp(reference, body == null ? null : body.wijziging(),
                body == null ? null : body.verwachteDatum(), caller));
    }

    @POST
    @Path("{referentie}/opvolging/gerealiseerd")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Signalen")
    @Operation(summary = "De opvolging als gerealiseerd markeren (SZW), met een toelichting; de knelpunten gaan naar opgelost. "
            + "De coördinator en wie de knelpunten meldde, steunt of volgt, horen het")
    public Signaal realise(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> followUp.realiseFollowUp(reference, tekstOf(body), caller));
    }

    @POST
    @Path("{referentie}/opvolging/voortgang")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voortgang op de opvolging melden (SZW); wie de knelpunten meldde, steunt of volgt, hoort het")
    public Signaal progress(@PathParam("referentie") String reference, Tekst body) {
        return lookup.after(reference, caller -> followUp.addProgress(reference, tekstOf(body), caller));
    }
}
