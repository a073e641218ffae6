package nl.lerendstelsel.interfaces.rest;

import java.util.List;

/** Request body: the articles of law a knelpunt or signal is about, in the short form ({@code WI2021 art. 15 lid 2}). */
public record Wetsartikelen(@NotRequired List<String> wetsartikelen) {
}
