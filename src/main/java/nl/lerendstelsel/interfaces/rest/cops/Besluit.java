package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for deciding on a membership request (GOEDKEUREN or AFWIJZEN) or removing a member: with a reason. */
public record Besluit(@NotRequired String besluit, @NotRequired String reden) {
}
