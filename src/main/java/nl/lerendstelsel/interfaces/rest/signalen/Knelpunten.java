package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;

/** Request body for adding knelpunten. */
public record Knelpunten(List<String> knelpunten, Long versie) {
}
