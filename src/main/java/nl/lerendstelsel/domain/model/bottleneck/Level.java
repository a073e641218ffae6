package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Optional;
import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * The three levels of the lerend stelsel a knelpunt travels through, bottom to top.
 *
 * <p>The declaration order is the order of the levels: {@link #next()} is one level up, {@link #previous()} one
 * level down. The top and bottom have no neighbour there, hence {@link Optional} rather than an exception. The name a
 * sentence uses ("uitvoeringsniveau", "execution level") is in the bundles under {@code notification.level.*}.
 */
public enum Level implements Labelled {
    /** Professionals and CoP facilitators: where knelpunten are met and first handled. */
    EXECUTION("UITVOERING"),
    /** Divosa, VNG and regional coordinators: bring knelpunten together, return them or bundle them into signals. */
    LINKING("SCHAKEL"),
    /** The ministry of SZW: answers signals; knelpunten here wait for that answer. */
    SYSTEM("STELSEL");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The code in the (Dutch) REST API, e.g. {@code SCHAKEL}. */
    public String code() {
        return code;
    }

    /** The level with this API code, ignoring case. */
    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The bundle key of the name, e.g. {@code schakelniveau} / {@code linking level}. */
    @Override
    public String labelKey() {
        return "notification.level." + name();
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
