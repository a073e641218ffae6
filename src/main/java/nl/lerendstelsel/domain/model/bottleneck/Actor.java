package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * In which capacity someone acts on a knelpunt. A person can act in several capacities at once (a facilitator who
 * also supports the knelpunt); the workflow permits a transition when any of them is allowed.
 *
 * <ul>
 *   <li>{@link #REPORTER} and {@link #SUPPORTER} are relations to one knelpunt; the caller adds them when the user
 *       reported it, or belongs to a supporting organisation ("ook bij ons").</li>
 *   <li>The handler capacities and {@link #ADMIN} come from roles: {@link #fromRoles(Collection)}.</li>
 *   <li>{@link #SYSTEM} never comes from a role: only the scheduled job (expired waiting period) and the signal
 *       workflow pass it.</li>
 * </ul>
 *
 * <p>The ministry has no capacity here: SZW policy officers read system-level knelpunten and act on signals, never on
 * knelpunten directly. Professionals act as reporter or supporter; editors have no part in the workflow.
 */
public enum Actor {
    /** The person who reported the knelpunt. */
    REPORTER,
    /** Someone from an organisation that marked "ook bij ons". */
    SUPPORTER,
    /** Handler at execution level: a CoP facilitator (role {@code facilitator}). */
    HANDLER_EXECUTION,
    /** Handler at linking level: a coordinator (role {@code coordinator}). */
    HANDLER_LINKING,
    /** A scheduled job or the signal workflow, never a person's role. */
    SYSTEM,
    /** A platform administrator (role {@code admin}): every handler action at every level, and reopening closed ones. */
    ADMIN;

    /** The capacity a role gives: facilitator, coordinator and admin give one; other roles none. */
    public static Optional<Actor> fromRole(Role role) {
        return switch (role) {
            case FACILITATOR -> Optional.of(HANDLER_EXECUTION);
            case COORDINATOR -> Optional.of(HANDLER_LINKING);
            case ADMIN -> Optional.of(ADMIN);
            case PROFESSIONAL, MINISTRY, EDITOR -> Optional.empty();
        };
    }

    /**
     * The capacities a person's roles give, as a new modifiable set: the caller adds {@link #REPORTER} or
     * {@link #SUPPORTER} for the knelpunt at hand.
     */
    public static Set<Actor> fromRoles(Collection<Role> roles) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        roles.forEach(role -> fromRole(role).ifPresent(actors::add));
        return actors;
    }

    /** The handler of a level; empty for {@link Level#SYSTEM}, where the ministry answers signals instead. */
    public static Optional<Actor> handlerAt(Level level) {
        return switch (level) {
            case EXECUTION -> Optional.of(HANDLER_EXECUTION);
            case LINKING -> Optional.of(HANDLER_LINKING);
            case SYSTEM -> Optional.empty();
        };
    }
}
