package nl.lerendstelsel.domain.model.statistics;

import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * A phase of the time spent per level (issue 29): an uninterrupted stay of a knelpunt at one {@link Level}, or the
 * ministry's time to acknowledge and to answer a signal. The declaration order is the order of the dashboard's tables.
 */
public enum Phase implements Labelled {
    /** At execution level: from the report, or from arriving there again, until it leaves the level or finishes there. */
    EXECUTION("UITVOERING"),
    /** At linking level: from arriving until it goes up into a signal, is returned, or finishes there. */
    LINKING("SCHAKEL"),
    /** At system level: from arriving (in a submitted signal) until it finishes. */
    SYSTEM("STELSEL"),
    /** A signal from its submission until the ministry acknowledged it. */
    ACKNOWLEDGEMENT("SZW_ONTVANGSTBEVESTIGING"),
    /** A signal from its submission until the ministry's formal answer (its decision). */
    ANSWER("SZW_ANTWOORD");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** The Dutch code, e.g. {@code SCHAKEL}. */
    public String code() {
        return code;
    }

    /** The phase of a stay at {@code level}. */
    public static Phase at(Level level) {
        return switch (level) {
            case EXECUTION -> EXECUTION;
            case LINKING -> LINKING;
            case SYSTEM -> SYSTEM;
        };
    }

    @Override
    public String labelKey() {
        return "statistics.phase." + name();
    }
}
