package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.rest.Representations.Gebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own profile and roles. */
@Path("me")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gebruiker")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Operation(summary = "Wie ben ik: profiel, organisatie en rollen van de aanroeper")
    @SecurityRequirement(name = "keycloak")
    public Gebruiker me() {
        SignedInUser user = currentUser.user().orElseThrow(ApiException::unauthenticated);
        return Gebruiker.of(user, referenceData.organisation(user.organisationCode()).orElse(null));
    }
}
