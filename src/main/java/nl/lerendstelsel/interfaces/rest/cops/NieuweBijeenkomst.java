package nl.lerendstelsel.interfaces.rest.cops;

import java.time.LocalDateTime;

/** Request body for planning a meeting or changing one; {@code versie} when changing. */
public record NieuweBijeenkomst(String soort, String titel, LocalDateTime begin, LocalDateTime einde, String plaats,
                                String onlineLink, String agenda, Long versie) {
}
