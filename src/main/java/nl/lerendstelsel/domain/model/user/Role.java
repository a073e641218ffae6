package nl.lerendstelsel.domain.model.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The realm roles Keycloak delivers in the flat {@code groups} claim. A person can hold several. */
public enum Role {
    PROFESSIONAL,
    FACILITATOR,
    COORDINATOR,
    MINISTRY,
    EDITOR,
    ADMIN;

    /** Role names as constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final String PROFESSIONAL_NAME = "professional";
    public static final String FACILITATOR_NAME = "facilitator";
    public static final String COORDINATOR_NAME = "coordinator";
    public static final String MINISTRY_NAME = "ministry";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    /** The name as Keycloak and the container know it: the constant's name in lower case, e.g. {@code coordinator}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
    }
}
