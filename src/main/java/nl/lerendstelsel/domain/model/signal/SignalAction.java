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
}
