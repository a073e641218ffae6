package nl.lerendstelsel.domain.model.monitor;

import java.util.List;
import nl.lerendstelsel.domain.model.text.Texts;

/**
 * An answer to one question as given: the options chosen (choice and yes/no questions), a number (number and scale
 * questions) or a text (open questions). Empty: not answered.
 */
public record Answer(List<String> choices, Double number, String text) {

    public static final Answer NONE = new Answer(List.of(), null, null);

    public Answer {
        choices = Texts.nonBlankDistinct(choices);
        text = Texts.blankToNull(text);
    }

    public static Answer choice(String... options) {
        return new Answer(List.of(options), null, null);
    }

    public static Answer number(double value) {
        return new Answer(List.of(), value, null);
    }

    public static Answer text(String text) {
        return new Answer(List.of(), null, text);
    }

    public boolean isEmpty() {
        return choices.isEmpty() && number == null && text == null;
    }
}
