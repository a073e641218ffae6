package nl.lerendstelsel.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Browser sign-in with Jakarta Security OpenID Connect against Keycloak (authorization code flow with
 * state and nonce; a confidential client). Roles come from the flat {@code groups} claim. Signing out
 * also ends the Keycloak session ({@code notifyProvider}). After sign-in the browser lands on
 * {@link CallbackServlet}, which sends it on to the page it asked for: Soteria's own
 * {@code redirectToOriginalResource} replays the request with a parameter map of {@code null}, which
 * breaks every component that reads a request parameter. Keycloak's signing keys (JWKS) are fetched at the first
 * sign-in with up to 3 s to connect and to read instead of the default 500 ms: the load benchmark found sign-ins failing
 * with "Couldn't retrieve remote JWK set: Read timed out" while Keycloak was busy (R3 still answers within 5 s).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.providerUri}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        tokenAutoRefresh = true,
        jwksConnectTimeout = 3000,
        jwksReadTimeout = 3000)
@DeclareRoles({Role.PROFESSIONAL_NAME, Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.MINISTRY_NAME,
        Role.EDITOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class OpenIdConfiguration {
}
