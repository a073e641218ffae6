package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.infrastructure.security.CurrentUser;

/**
 * Signing out. The OpenID Connect mechanism ends the Keycloak session too (RP-initiated logout) and sends
 * the browser back to the home page; the local session is invalidated here. The sign-out is audited.
 */
@Named("account")
@RequestScoped
public class Account {

    @Inject
    FacesContext facesContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserProfileService userProfiles;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        currentUser.user().ifPresent(user -> userProfiles.signedOut(user.subject(), user.username(), ClientAddress.of(request)));
        request.logout();
        external.invalidateSession();
        // The mechanism has normally redirected to Keycloak's end-session endpoint; only if it did not
        // (no ID token, provider without end-session support) do we send the person home ourselves.
        if (!response.isCommitted() && !response.containsHeader("Location")) {
            external.redirect(external.getRequestContextPath() + "/");
        }
        facesContext.responseComplete();
    }
}
