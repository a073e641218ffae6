package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for a moderation decision on a flagged post; {@code melding} when rejecting one flag. */
public record ModeratieBesluit(String besluit, Long melding, String reden) {
}
