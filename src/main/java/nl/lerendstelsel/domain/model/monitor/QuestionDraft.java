package nl.lerendstelsel.domain.model.monitor;

import java.util.List;

/**
 * A question as the round's author writes it; {@code copiedFrom} names the question of an earlier round it repeats, so
 * the results compare year on year.
 */
public record QuestionDraft(QuestionKind kind, String text, List<String> options, String unit, Double min, Double max,
                            boolean required, Long copiedFrom) {

    public QuestionDraft {
        options = options == null ? List.of() : options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip)
                .distinct().toList();
        text = text == null ? "" : text.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** The same question, not compared with any earlier one. */
    public QuestionDraft withoutCopy() {
        return new QuestionDraft(kind, text, options, unit, min, max, required, null);
    }
}
