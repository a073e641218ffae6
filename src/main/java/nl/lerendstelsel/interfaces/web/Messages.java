package nl.lerendstelsel.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts from the {@code msg} bundle in the visitor's language, for messages set from Java. The language comes from the
 * request ({@link Language}), not from the view root: during an {@code <f:viewAction>} the view is not built yet, and its
 * root still carries the locale Faces derived from the browser's Accept-Language, not the one the page will render in.
 */
public final class Messages {

    private Messages() {
    }

    public static String get(FacesContext context, String key) {
        return ResourceBundle.getBundle("nl.lerendstelsel.i18n.messages", locale(context)).getString(key);
    }

    /** A text with {@code {0}}-style placeholders filled in, formatted for the view's language. */
    public static String format(FacesContext context, String key, Object... arguments) {
        return new MessageFormat(get(context, key), locale(context)).format(arguments);
    }

    private static Locale locale(FacesContext context) {
        return Language.fromRequest((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
