package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One allowed step: from a level and status, by an action, to a level and status, for the given actors, needing the
 * given text. A history row records exactly this (plus who, when and the text).
 *
 * @param fromLevel     the level the knelpunt is at
 * @param fromStatus    its status there
 * @param action        what is done
 * @param toLevel       the level afterwards (differs from {@code fromLevel} for escalating, returning, attaching to a
 *                      signal, and a coordinator taking a reopened system-level knelpunt back)
 * @param toStatus      the status afterwards
 * @param allowedActors who may do it (immutable, never empty)
 * @param requirement   what text it needs
 */
public record Transition(Level fromLevel, Status fromStatus, Action action, Level toLevel, Status toStatus,
                         Set<Actor> allowedActors, Requirement requirement) {

    public Transition {
        Objects.requireNonNull(fromLevel, "fromLevel");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(toLevel, "toLevel");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(allowedActors, "allowedActors");
        Objects.requireNonNull(requirement, "requirement");
        if (allowedActors.isEmpty()) {
            throw new IllegalArgumentException("A transition nobody may perform is no transition: " + action);
        }
        allowedActors = Collections.unmodifiableSet(EnumSet.copyOf(allowedActors));
    }

    /** Whether any of {@code actors} may perform this transition. */
    public boolean permits(Set<Actor> actors) {
        return actors.stream().anyMatch(allowedActors::contains);
    }

    /** Whether the knelpunt moves to another level, so it leaves one queue for another. */
    public boolean changesLevel() {
        return fromLevel != toLevel;
    }

    /**
     * Who handles the knelpunt after this step, given who did before ({@code current}) and who performs it
     * ({@code actor}): the person who takes it ({@link Action#IN_BEHANDELING_NEMEN}), nobody when it leaves for another
     * level's queue ({@link #changesLevel()}), otherwise still {@code current}. A person is whatever the caller keeps of
     * one (the profile, or an id).
     */
    public <P> P assigneeAfter(P current, P actor) {
        if (action == Action.IN_BEHANDELING_NEMEN) {
            return actor;
        }
        return changesLevel() ? null : current;
    }
}
