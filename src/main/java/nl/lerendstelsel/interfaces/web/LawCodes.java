package nl.lerendstelsel.interfaces.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import nl.lerendstelsel.domain.model.law.LawReference;

/** Articles of law in a form's text area: one code per line in the short form, as editors write them for the Q&amp;A. */
public final class LawCodes {

    private LawCodes() {
    }

    /** The codes typed, one per line, stripped; blank lines are skipped. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The codes of {@code references}, one per line. */
    public static String text(Collection<LawReference> references) {
        return String.join("\n", references.stream().map(LawReference::code).toList());
    }
}
