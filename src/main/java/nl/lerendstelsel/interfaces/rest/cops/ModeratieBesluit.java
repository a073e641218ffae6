package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.domain.model.community.ModerationAct;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Request body for a moderation decision on a flagged post; {@code melding} when rejecting one flag. */
public record ModeratieBesluit(@OneOf(ModerationAct.class) String besluit, @NotRequired Long melding, @NotRequired String reden) {
}
