package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * A meeting; {@code begin} and {@code einde} are date-times with the offset of Europe/Amsterdam at that moment. A cancelled meeting has
 * {@code afgelastOp} and the {@code redenAfgelasting} members see.
 */
public record Bijeenkomst(long id, long cop, @OneOf(MeetingKind.class) String soort, String titel, OffsetDateTime begin,
                          OffsetDateTime einde, @NotRequired String plaats, @NotRequired String onlineLink,
                          @NotRequired String agenda, @NotRequired String verslag, long versie, @NotRequired Instant afgelastOp,
                          @NotRequired String redenAfgelasting) {

    public static Bijeenkomst of(Meeting m) {
        return new Bijeenkomst(m.getId(), m.getCommunity().getId(), m.getKind().name(), m.getTitle(),
                m.getStartsAt().atZone(DutchTime.ZONE).toOffsetDateTime(), m.getEndsAt().atZone(DutchTime.ZONE).toOffsetDateTime(),
                m.getLocation(), m.getOnlineLink(), m.getAgenda(), m.getNotes(), m.getVersion(), m.getCancelledAt(),
                m.getCancelReason());
    }
}
