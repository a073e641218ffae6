package nl.lerendstelsel.infrastructure.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * The small, serialisable snapshot of a signed-in person that lives in the HTTP session (a few hundred
 * bytes, so sessions stay light): enough for the header, the menu and authorization decisions in the UI.
 */
public record SignedInUser(long profileId, String subject, String username, String displayName,
                           String organisationCode, String organisationName, Set<Role> roles) implements Serializable {

    /** The session attribute that holds the snapshot of the signed-in person. */
    public static final String SESSION_KEY = SignedInUser.class.getName();


    public static SignedInUser of(UserProfile profile) {
        return new SignedInUser(profile.getId(), profile.getSubject(), profile.getUsername(), profile.getDisplayName(),
                profile.getOrganisation() == null ? null : profile.getOrganisation().getCode(),
                profile.getOrganisation() == null ? null : profile.getOrganisation().getName(),
                Set.copyOf(profile.getRoles()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public List<String> roleNames() {
        return IdentityClaimsReader.roleNames(roles);
    }
}
