package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;

/** Request body for the follow-up of an adopted decision. */
public record NieuweOpvolging(String wijziging, LocalDate verwachteDatum) {
}
