package nl.lerendstelsel.domain.model.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts about a signed-in person that the identity provider vouches for, whichever way they signed in
 * (browser session or bearer token). Unknown role names are ignored; a missing name falls back to the
 * username so a profile is never nameless.
 */
public record IdentityClaims(String subject, String username, String displayName, String email,
                             String organisationCode, Set<Role> roles) {

    public IdentityClaims {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A signed-in person must have a subject");
        }
        if (username == null || username.isBlank()) {
            username = subject;
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        email = blankToNull(email);
        organisationCode = blankToNull(organisationCode);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Set<Role> rolesFrom(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups != null) {
            groups.forEach(g -> Role.fromRoleName(g).ifPresent(roles::add));
        }
        return roles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
