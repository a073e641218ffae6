package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Meeting;

/**
 * A meeting; {@code begin} and {@code einde} are date-times with the offset of Europe/Amsterdam at that moment. A cancelled meeting has
 * {@code afgelastOp} and the {@code redenAfgelasting} members see.
 */
public record Bijeenkomst(long id, long cop, String soort, String titel, OffsetDateTime begin, OffsetDateTime einde,
                          String plaats, String onlineLink, String agenda, String verslag, long versie, Instant afgelastOp,
                          String redenAfgelasting) {

    public static Bijeenkomst of(Meeting m) {
        return new Bijeenkomst(m.getId(), m.getCommunity().getId(), m.getKind().name(), m.getTitle(),
                m.getStartsAt().atZone(DutchTime.ZONE).toOffsetDateTime(), m.getEndsAt().atZone(DutchTime.ZONE).toOffsetDateTime(),
                m.getLocation(), m.getOnlineLink(), m.getAgenda(), m.getNotes(), m.getVersion(), m.getCancelledAt(),
                m.getCancelReason());
    }
}
