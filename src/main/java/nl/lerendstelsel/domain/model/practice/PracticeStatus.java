package nl.lerendstelsel.domain.model.practice;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Where the practice itself stands at its organisation (not its publication): a pilot, running, or ended. */
public enum PracticeStatus implements Labelled {
    PILOT,
    LOPEND,
    AFGEROND;

    @Override
    public String labelKey() {
        return "practice.status." + name();
    }
}
