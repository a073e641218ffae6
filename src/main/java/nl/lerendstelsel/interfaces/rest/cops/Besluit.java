package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for deciding on a membership request (GOEDKEUREN or AFWIJZEN) or removing a member: with a reason. */
public record Besluit(String besluit, String reden) {
}
