package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;

/** A flagged post in the moderation queue, with its flags. */
public record TeBeoordelen(long bericht, long discussie, long cop, String discussieTitel, String auteur, String html,
                           String status, List<Melding> meldingen) {
}
