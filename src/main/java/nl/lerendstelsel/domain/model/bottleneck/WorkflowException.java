package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Locale;
import java.util.Objects;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A refused workflow step. {@link #reason()} is for code (REST problem type, tests); {@link #message()} is the keyed
 * message for the person, which reads in their language ({@link #message(Locale)}, {@link #dutchMessage()},
 * {@link #englishMessage()}); {@link #getMessage()} is the English one, for logs.
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
    private final transient Message message;

    WorkflowException(Reason reason, Level level, Status status, Action action) {
        this(reason, level, status, action, message(reason, level, status, action));
    }

    private WorkflowException(Reason reason, Level level, Status status, Action action, Message message) {
        super(message.in(Message.ENGLISH));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.level = level;
        this.status = status;
        this.action = action;
        this.message = message;
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

    /** The refusal, to be read in the person's language. */
    public Message message() {
        return message;
    }

    public String dutchMessage() {
        return message.in(Message.DUTCH);
    }

    public String englishMessage() {
        return getMessage();
    }

    /** The Dutch message for Dutch locales, the English one for every other. */
    public String message(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? dutchMessage() : englishMessage();
    }

    /** The action, status and level are messages themselves: they read in the same language as the refusal. */
    private static Message message(Reason reason, Level level, Status status, Action action) {
        Message step = action.label();
        return switch (reason) {
            case NOT_ALLOWED -> Message.of("refusal.bottleneck.workflow.notAllowed", step,
                    status.label(), level.label());
            case NOT_PERMITTED_FOR_ACTOR -> Message.of("access.bottleneck.workflow.notPermitted", step,
                    status.label(), level.label());
            case REASON_REQUIRED -> Message.of("input.bottleneck.workflow.reasonRequired", step);
            case FEEDBACK_REQUIRED -> Message.of("input.bottleneck.workflow.feedbackRequired", step);
        };
    }
}
