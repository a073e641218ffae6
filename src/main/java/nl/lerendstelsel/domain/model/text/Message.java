package nl.lerendstelsel.domain.model.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Something the application says, as a key of the message bundles ({@code nl/lerendstelsel/i18n/messages_nl} and
 * {@code _en}) with its arguments, so that one text reads in the reader's language and no Dutch/English pairs live in
 * Java. {@link #verbatim} wraps what a person wrote (a reason, a comment): it is shown as written, in any language. An
 * argument may be a message itself (an action's or level's name), which then reads in the same language, or a
 * {@link java.time.LocalDate}, which is written out in that language ("dinsdag 22 december 2026"), or a
 * {@link java.time.ZonedDateTime}, a moment written in the pattern of that language ("3 december 2026 om 10:00"). Texts with
 * arguments follow {@link MessageFormat}: an apostrophe is written twice ({@code regio''s}).
 *
 * @param key       the bundle key; {@code null} for a verbatim text
 * @param arguments the {@code {0}}, {@code {1}}, … of the text (for a verbatim text: the text itself)
 */
public record Message(String key, List<Object> arguments) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "nl.lerendstelsel.i18n.messages";
    /** The bundle key of the pattern a {@link java.time.ZonedDateTime} argument is written in (a DateTimeFormatter pattern). */
    static final String MOMENT = "message.format.moment";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    /** The text under {@code key}, with these arguments. */
    public static Message of(String key, Object... arguments) {
        return new Message(Objects.requireNonNull(key, "key"), List.of(arguments.length == 0 ? new Object[0] : arguments));
    }

    /** What a person wrote, shown as it is; {@code null} when {@code text} is null or blank. */
    public static Message verbatim(String text) {
        return text == null || text.isBlank() ? null : new Message(null, List.of(text));
    }

    /** The text in {@code locale} (Dutch unless English is asked for). */
    public String in(Locale locale) {
        if (key == null) {
            return String.valueOf(arguments.get(0));
        }
        Locale language = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        String pattern = bundle.getString(key);
        if (arguments.isEmpty()) {
            return pattern;
        }
        // an argument that is itself a message (an action's name, a level) reads in the same language
        // and a day is written out in that language: "dinsdag 22 december 2026", "Tuesday 22 December 2026"
        // and a moment in the pattern of that language's bundle: "3 december 2026 om 10:00", "3 December 2026 at 10:00"
        Object[] resolved = arguments.stream().map(a -> a instanceof Message m ? m.in(language)
                : a instanceof java.time.LocalDate day ? java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language).format(day)
                : a instanceof java.time.ZonedDateTime moment
                        ? java.time.format.DateTimeFormatter.ofPattern(bundle.getString(MOMENT), language).format(moment)
                : a).toArray();
        return new MessageFormat(pattern, language).format(resolved);
    }

    /** {@link #in} for a message that may be absent. */
    public static String in(Message message, Locale locale) {
        return message == null ? null : message.in(locale);
    }
}
