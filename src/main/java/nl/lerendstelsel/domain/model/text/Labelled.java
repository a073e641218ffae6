package nl.lerendstelsel.domain.model.text;

/**
 * A value people see by its name, such as a signal's status or the ministry's decision. The name lives in the message
 * bundles under {@link #labelKey()}, like every other text, so that no Dutch/English pairs live in Java.
 */
public interface Labelled {

    /** The bundle key of this value's name, e.g. {@code signal.decision.OVERGENOMEN}. */
    String labelKey();

    /** The name as a message, to pass as an argument of another message. */
    default Message label() {
        return Message.of(labelKey());
    }

    /** The Dutch name, e.g. "niet overgenomen". */
    default String dutch() {
        return label().in(Message.DUTCH);
    }

    /** The English name, e.g. "not adopted". */
    default String english() {
        return label().in(Message.ENGLISH);
    }

    /** The name in English when {@code english}, otherwise in Dutch. */
    default String in(boolean english) {
        return english ? english() : dutch();
    }
}
