package nl.lerendstelsel.domain.model.statistics;

import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * How a gemeente takes part in the lerend stelsel, as coverage counts it. A gemeente counts once per kind, however
 * often it did it: {@link #GEMELD} a knelpunt was reported by someone of the gemeente (the reporting organisation);
 * {@link #GESTEUND} someone supported a knelpunt for it ("ook bij ons", the support's gemeente); {@link #COP_LID}
 * someone of the gemeente is an active member of a CoP; {@link #VRAAG_GESTELD} someone of the gemeente asked a
 * question to the Q&amp;A desk; {@link #MONITOR_BEANTWOORD} the gemeente submitted its answers to a monitor round (the
 * yearly monitor: in a calendar year, that year's round).
 */
public enum Participation implements Labelled {
    GEMELD,
    GESTEUND,
    COP_LID,
    VRAAG_GESTELD,
    MONITOR_BEANTWOORD;

    @Override
    public String labelKey() {
        return "coverage.kind." + name();
    }
}
