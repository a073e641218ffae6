package nl.lerendstelsel.domain.model.community;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions in a post: {@code @username}, the name people sign in with. Not inside an e-mail address ({@code a@b.nl}
 * mentions nobody). Usernames are compared in lower case; which of them are members is for the service to check.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59})");

    private Mentions() {
    }

    /** The usernames mentioned in {@code text}, in order of first mention, without trailing punctuation. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
