package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Tags (trefwoorden): free labels that group knelpunten across themes, such as "leerroute" or "kinderopvang". Lower
 * case, inner spaces collapsed, 2 to {@value #MAX_LENGTH} characters of letters, digits, spaces and hyphens, at most
 * {@value #MAX_TAGS} per knelpunt, duplicates dropped.
 */
public final class Tags {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    /** The result of normalising: the tags, and a keyed message per refused input ({@code "*"}: too many). */
    public record Result(Set<String> tags, Map<String, Message> reasons) {

        /** The reasons in Dutch (for tests and logs). */
        public Map<String, String> problems() {
            Map<String, String> texts = new LinkedHashMap<>();
            reasons.forEach((input, reason) -> texts.put(input, reason.in(Message.DUTCH)));
            return texts;
        }

        /** Every reason as one message, in the order found; {@code null} when there is none. */
        public Message reason() {
            return reasons.values().stream()
                    .reduce((first, next) -> Message.of("input.bottleneck.tags.more", first, next)).orElse(null);
        }
    }

    public static Result normalise(Collection<String> given) {
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Message> problems = new LinkedHashMap<>();
        if (given == null) {
            return new Result(tags, problems);
        }
        for (String raw : given) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String tag = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (tag.length() < 2 || tag.length() > MAX_LENGTH) {
                problems.put(raw, Message.of("input.bottleneck.tags.length", String.valueOf(MAX_LENGTH), raw.strip()));
            } else if (!tag.matches("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd} -]*")) {
                problems.put(raw, Message.of("input.bottleneck.tags.characters", raw.strip()));
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.put("*", Message.of("input.bottleneck.tags.tooMany", String.valueOf(MAX_TAGS)));
        }
        return new Result(tags, problems);
    }

    /** Splits what someone typed in one field ("leerroute, kinderopvang") into tags to normalise. */
    public static List<String> fromText(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("[,;]"));
    }
}
