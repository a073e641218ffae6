package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import java.time.LocalDateTime;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Meeting;

/**
 * A meeting; {@code begin} and {@code einde} are local times in Europe/Amsterdam. A cancelled meeting has
 * {@code afgelastOp} and the {@code redenAfgelasting} members see.
 */
public record Bijeenkomst(long id, long cop, String soort, String titel, LocalDateTime begin, LocalDateTime einde,
                          String plaats, String onlineLink, String agenda, String verslag, long versie, Instant afgelastOp,
                          String redenAfgelasting) {

    public static Bijeenkomst of(Meeting m) {
        return new Bijeenkomst(m.getId(), m.getCommunity().getId(), m.getKind().name(), m.getTitle(),
                LocalDateTime.ofInstant(m.getStartsAt(), DutchTime.ZONE), LocalDateTime.ofInstant(m.getEndsAt(), DutchTime.ZONE),
                m.getLocation(), m.getOnlineLink(), m.getAgenda(), m.getNotes(), m.getVersion(), m.getCancelledAt(),
                m.getCancelReason());
    }
}
