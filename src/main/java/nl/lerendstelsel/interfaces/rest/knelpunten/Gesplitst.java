package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;

/** The references of the knelpunten a split made. */
public record Gesplitst(List<String> referenties) {
}
