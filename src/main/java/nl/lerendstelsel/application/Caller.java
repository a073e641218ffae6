package nl.lerendstelsel.application;

import java.util.Set;
import nl.lerendstelsel.domain.model.user.Role;

/** Who asks a service to act: their identity provider subject, their roles, and where the request came from. */
public record Caller(String subject, Set<Role> roles, String origin) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
