package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Request body for flagging a post: the reason (SPAM, ONGEPAST, PERSOONSGEGEVENS or ANDERS) and a note. */
public record NieuweMelding(@OneOf(FlagReason.class) String reden, @NotRequired String toelichting) {
}
