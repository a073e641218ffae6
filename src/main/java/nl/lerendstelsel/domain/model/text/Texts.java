package nl.lerendstelsel.domain.model.text;

import java.util.List;

/** How what people type is tidied before it is kept or compared: surrounding white space off, blanks as absent. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space; {@code null} when there is none (absent or blank). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The entries that are not blank, stripped, each once, in the order they first came; empty for {@code null}. */
    public static List<String> nonBlankDistinct(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
