package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Locale;
import java.util.Objects;

/**
 * A refused workflow step. {@link #reason()} is for code (REST problem type, tests); {@link #dutchMessage()} and
 * {@link #englishMessage()} are ready for the user; {@link #getMessage()} is the English one, for logs.
 */
public final class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a step was refused. When several apply, the first in this order is reported. */
    public enum Reason {
        /** The table has no such step from this level and status: nobody may do it. */
        NOT_ALLOWED,
        /** The step exists, but none of the caller's capacities may perform it. */
        NOT_PERMITTED_FOR_ACTOR,
        /** The step needs a non-blank reason ({@link Requirement#REASON}). */
        REASON_REQUIRED,
        /** The step needs a non-blank resolution text ({@link Requirement#FEEDBACK}). */
        FEEDBACK_REQUIRED
    }

    private final Reason reason;
    private final Level level;
    private final Status status;
    private final Action action;
    private final String dutchMessage;

    WorkflowException(Reason reason, Level level, Status status, Action action) {
        super(englishMessage(reason, level, status, action));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.level = level;
        this.status = status;
        this.action = action;
        this.dutchMessage = dutchMessage(reason, level, status, action);
    }

    public Reason reason() {
        return reason;
    }

    /** The level the knelpunt was at. */
    public Level level() {
        return level;
    }

    /** The status the knelpunt had. */
    public Status status() {
        return status;
    }

    /** The action that was refused. */
    public Action action() {
        return action;
    }

    public String dutchMessage() {
        return dutchMessage;
    }

    public String englishMessage() {
        return getMessage();
    }

    /** The Dutch message for Dutch locales, the English one for every other. */
    public String message(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? dutchMessage : getMessage();
    }

    private static String dutchMessage(Reason reason, Level level, Status status, Action action) {
        return switch (reason) {
            case NOT_ALLOWED -> "'%s' is niet mogelijk bij een knelpunt met status '%s' op %s."
                    .formatted(action.dutch(), status.dutch(), level.dutch());
            case NOT_PERMITTED_FOR_ACTOR -> "U mag '%s' niet uitvoeren bij een knelpunt met status '%s' op %s."
                    .formatted(action.dutch(), status.dutch(), level.dutch());
            case REASON_REQUIRED -> "Voor '%s' is een reden verplicht.".formatted(action.dutch());
            case FEEDBACK_REQUIRED -> ("Voor '%s' is een terugkoppeling verplicht: een toelichting die de melder "
                    + "en alle ondersteuners te zien krijgen.").formatted(action.dutch());
        };
    }

    private static String englishMessage(Reason reason, Level level, Status status, Action action) {
        return switch (reason) {
            case NOT_ALLOWED -> "'%s' is not possible for a knelpunt with status '%s' at the %s."
                    .formatted(action.english(), status.english(), level.english());
            case NOT_PERMITTED_FOR_ACTOR -> "You may not '%s' a knelpunt with status '%s' at the %s."
                    .formatted(action.english(), status.english(), level.english());
            case REASON_REQUIRED -> "A reason is required for '%s'.".formatted(action.english());
            case FEEDBACK_REQUIRED -> ("Feedback is required for '%s': a resolution text that the reporter and every "
                    + "supporter will see.").formatted(action.english());
        };
    }
}
