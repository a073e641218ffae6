package nl.lerendstelsel.domain.model.monitor;

import nl.lerendstelsel.domain.model.text.Labelled;

/** The kinds of question a monitor round can ask, each with its own kind of answer. */
public enum QuestionKind implements Labelled {
    /** One of the options. */
    ENKELVOUDIGE_KEUZE,
    /** Any of the options (at least one when answered). */
    MEERVOUDIGE_KEUZE,
    /** A whole number from 1 to 5. */
    SCHAAL,
    /** A number, with a unit and optional bounds. */
    GETAL,
    /** Yes or no. */
    JA_NEE,
    /** Free text, which passes the personal-data guard. */
    OPEN;

    @Override
    public String labelKey() {
        return "monitor.questionKind." + name();
    }

    /** Whether the answer is one or more of the options (yes/no counts as the options "JA" and "NEE"). */
    public boolean isChoice() {
        return this == ENKELVOUDIGE_KEUZE || this == MEERVOUDIGE_KEUZE || this == JA_NEE;
    }

    /** Whether the answer is a number (a scale answer is one from 1 to 5). */
    public boolean isNumber() {
        return this == SCHAAL || this == GETAL;
    }

    /** Whether the round's author writes the options. */
    public boolean hasOwnOptions() {
        return this == ENKELVOUDIGE_KEUZE || this == MEERVOUDIGE_KEUZE;
    }
}
