package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three levels of the lerend stelsel a knelpunt travels through, bottom to top.
 *
 * <p>The declaration order is the order of the levels: {@link #next()} is one level up, {@link #previous()} one
 * level down. The top and bottom have no neighbour there, hence {@link Optional} rather than an exception.
 */
public enum Level {
    /** Professionals and CoP facilitators: where knelpunten are met and first handled. */
    EXECUTION("UITVOERING", "uitvoeringsniveau", "execution level"),
    /** Divosa, VNG and regional coordinators: bring knelpunten together, return them or bundle them into signals. */
    LINKING("SCHAKEL", "schakelniveau", "linking level"),
    /** The ministry of SZW: answers signals; knelpunten here wait for that answer. */
    SYSTEM("STELSEL", "stelselniveau", "system level");

    private final String code;
    private final String dutch;
    private final String english;

    Level(String code, String dutch, String english) {
        this.code = code;
        this.dutch = dutch;
        this.english = english;
    }

    /** The code in the (Dutch) REST API, e.g. {@code SCHAKEL}. */
    public String code() {
        return code;
    }

    /** The level with this API code, ignoring case. */
    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The Dutch label as the user interface shows it, e.g. {@code schakelniveau}. */
    public String dutch() {
        return dutch;
    }

    /** The English label, e.g. {@code linking level}. */
    public String english() {
        return english;
    }

    /** One level up; empty at {@link #SYSTEM}. */
    public Optional<Level> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** One level down; empty at {@link #EXECUTION}. */
    public Optional<Level> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
