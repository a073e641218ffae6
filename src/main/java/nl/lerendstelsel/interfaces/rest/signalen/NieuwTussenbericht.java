package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;

/** Request body for an interim answer of the ministry: what happens next, by when, and the version the caller saw. */
public record NieuwTussenbericht(String tekst, LocalDate nieuweDatum, Long versie) {
}
