package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a list of knelpunten can be sorted in, each with the code the page and the API use ({@code -} first
 * means newest or latest first). A whitelist: nothing else reaches the query.
 */
public enum BottleneckSort {
    CHANGED_DESC("-gewijzigd"),
    CHANGED_ASC("gewijzigd"),
    REPORTED_DESC("-gemeld"),
    REPORTED_ASC("gemeld"),
    /** Earliest due day first; knelpunten without a clock last. */
    DUE_ASC("termijn"),
    DUE_DESC("-termijn"),
    /** A handler's queue: unassigned first, then earliest due day, then oldest report. */
    QUEUE("wachtrij");

    private final String code;

    BottleneckSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BottleneckSort> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
