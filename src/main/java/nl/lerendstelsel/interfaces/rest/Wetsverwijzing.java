package nl.lerendstelsel.interfaces.rest;

import nl.lerendstelsel.domain.model.law.LawReference;

/**
 * A cited article of law, as answers, knelpunten and signals name it: its short form ({@code WI2021 art. 15 lid 2}), the
 * citation as it reads, and the text in force on wetten.overheid.nl.
 */
public record Wetsverwijzing(String code, String citaat, String link) {

    public static Wetsverwijzing of(LawReference reference) {
        return new Wetsverwijzing(reference.code(), reference.citation(), reference.link());
    }
}
