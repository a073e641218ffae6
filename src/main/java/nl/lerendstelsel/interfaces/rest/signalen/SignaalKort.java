package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;

/** A signal in the list. */
public record SignaalKort(String referentie, String titel, String status, String urgentie, String voorstel, LocalDate ingediend,
                          LocalDate antwoordUiterlijk, boolean achterstallig, long aantalKnelpunten, String besluit, long versie) {
}
