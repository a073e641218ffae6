package nl.lerendstelsel.domain.model.monitor;

import java.util.List;
import nl.lerendstelsel.domain.model.text.Texts;

/**
 * A question as the round's author writes it; {@code copiedFrom} names the question of an earlier round it repeats, so
 * the results compare year on year.
 */
public record QuestionDraft(QuestionKind kind, String text, List<String> options, String unit, Double min, Double max,
                            boolean required, Long copiedFrom) {

    public QuestionDraft {
        options = Texts.nonBlankDistinct(options);
        text = text == null ? "" : text.strip();
        unit = Texts.blankToNull(unit);
    }

    /** The same question, not compared with any earlier one. */
    public QuestionDraft withoutCopy() {
        return new QuestionDraft(kind, text, options, unit, min, max, required, null);
    }
}
