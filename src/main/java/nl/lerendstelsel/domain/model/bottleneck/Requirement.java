package nl.lerendstelsel.domain.model.bottleneck;

/**
 * What text a transition needs besides permission. The text is passed to
 * {@link BottleneckWorkflow#apply(Level, Status, Action, java.util.Set, String)}.
 *
 * <p>A text is blank when it has no visible character: {@code null}, empty, or only whitespace, spaces of any kind
 * (including the non-breaking space that {@link String#isBlank()} lets through), control and invisible format
 * characters (zero-width space, byte order mark). A reader would see nothing, so it is no reason and no answer.
 */
public enum Requirement {
    /** No text needed; a text, if given, may still be stored as a remark. */
    NONE,
    /**
     * A non-blank reason, recorded in the history as the "why": escalating, attaching to a signal, asking for
     * information (the question), giving information (the answer, or where it came from) and reopening.
     */
    REASON,
    /**
     * A non-blank resolution text that the reporter, every supporter and the CoP see: resolving, returning, closing
     * and the ministry's response. Nothing ends without an answer.
     */
    FEEDBACK;

    /** Whether {@code text} satisfies this requirement. */
    public boolean isSatisfiedBy(String text) {
        return this == NONE || hasVisibleCharacter(text);
    }

    private static boolean hasVisibleCharacter(String text) {
        return text != null && text.codePoints().anyMatch(Requirement::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && type != Character.CONTROL && type != Character.FORMAT;
    }
}
