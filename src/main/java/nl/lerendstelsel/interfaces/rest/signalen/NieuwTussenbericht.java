package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for an interim answer of the ministry: what happens next, by when, and the version the caller saw. */
public record NieuwTussenbericht(String tekst, LocalDate nieuweDatum, @NotRequired Long versie) {
}
