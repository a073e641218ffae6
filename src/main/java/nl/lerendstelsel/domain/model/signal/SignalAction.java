package nl.lerendstelsel.domain.model.signal;

/** The steps of a signal, each with what it needs. */
public enum SignalAction {
    KNELPUNT_TOEVOEGEN(false),
    INDIENEN(false),
    ONTVANGST_BEVESTIGEN(false),
    IN_BEHANDELING_NEMEN(false),
    VRAGEN_STELLEN(true),
    VRAGEN_BEANTWOORDEN(true),
    BEANTWOORDEN(true),
    /** The ministry's interim answer: what happens next and by when; the answer deadline moves to that date. */
    TUSSENBERICHT(true),
    SLUITEN(false),
    /** The coordinator withdraws a submitted signal before the answer, with a reason; its knelpunten return to linking level. */
    INTREKKEN(true);

    private final boolean needsText;

    SignalAction(boolean needsText) {
        this.needsText = needsText;
    }

    /** Questions, answers to them, interim answers and the formal response need a text. */
    public boolean needsText() {
        return needsText;
    }

    /**
     * Whether the step's text belongs to the clarification thread between the coordinators and SZW (the questions and
     * the answers to them), which only they and admins read; others see that the step was taken, not what was said.
     */
    public boolean inThread() {
        return this == VRAGEN_STELLEN || this == VRAGEN_BEANTWOORDEN;
    }

    /** {@link #inThread()} for a history entry's action name (also of steps that are no signal actions). */
    public static boolean inThread(String action) {
        for (SignalAction value : values()) {
            if (value.name().equals(action)) {
                return value.inThread();
            }
        }
        return false;
    }
}
