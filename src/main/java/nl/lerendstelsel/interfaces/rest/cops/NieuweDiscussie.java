package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new thread: a title and the opening post as {@code tekst} (light markup) or {@code html} (sanitised). */
public record NieuweDiscussie(@Schema(example = "Ervaringen met de brede intake op afstand") String titel,
                              @NotRequired @Schema(example = "Wie doet de brede intake al via beeldbellen? Hoe bevalt dat?") String tekst,
                              @NotRequired String html) {
}
