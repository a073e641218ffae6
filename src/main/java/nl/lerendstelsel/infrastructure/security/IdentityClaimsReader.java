package nl.lerendstelsel.infrastructure.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns what Keycloak vouches for — an OpenID Connect session or a bearer token — into {@link IdentityClaims}. */
public final class IdentityClaimsReader {

    static final String ORGANISATION_CLAIM = "organisatie";
    static final String GROUPS_CLAIM = "groups";

    private IdentityClaimsReader() {
    }

    public static IdentityClaims fromOpenId(OpenIdContext context) {
        JwtClaims idToken = context.getIdentityToken().getJwtClaims();
        Set<Role> roles = IdentityClaims.rolesFrom(idToken.getArrayStringClaim(GROUPS_CLAIM));
        return new IdentityClaims(
                context.getSubject(),
                idToken.getStringClaim("preferred_username").orElse(null),
                idToken.getStringClaim("name").orElse(null),
                idToken.getStringClaim("email").orElse(null),
                idToken.getStringClaim(ORGANISATION_CLAIM).orElse(null),
                roles);
    }

    public static IdentityClaims fromBearer(JsonWebToken token) {
        return new IdentityClaims(
                token.getSubject(),
                stringClaim(token, "preferred_username"),
                stringClaim(token, "name"),
                stringClaim(token, "email"),
                stringClaim(token, ORGANISATION_CLAIM),
                IdentityClaims.rolesFrom(token.getGroups()));
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray array && !array.isEmpty()) {
            JsonValue first = array.get(0);
            return first instanceof JsonString s ? s.getString() : first.toString();
        }
        return value == null ? null : value.toString();
    }

    static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).toList();
    }
}
