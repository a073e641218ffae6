package nl.lerendstelsel.domain.model.user;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles Keycloak delivers in the flat {@code groups} claim. A person can hold several. */
public enum Role {
    PROFESSIONAL("professional"),
    FACILITATOR("facilitator"),
    COORDINATOR("coordinator"),
    MINISTRY("ministry"),
    EDITOR("editor"),
    ADMIN("admin");

    /** Role names as constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final String PROFESSIONAL_NAME = "professional";
    public static final String FACILITATOR_NAME = "facilitator";
    public static final String COORDINATOR_NAME = "coordinator";
    public static final String MINISTRY_NAME = "ministry";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name as Keycloak and the container know it. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
