package nl.lerendstelsel.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts from the {@code msg} bundle in the view's language, for messages set from Java. */
final class Messages {

    private Messages() {
    }

    static String get(FacesContext context, String key) {
        return ResourceBundle.getBundle("nl.lerendstelsel.i18n.messages", context.getViewRoot().getLocale()).getString(key);
    }

    /** A text with {@code {0}}-style placeholders filled in, formatted for the view's language. */
    static String format(FacesContext context, String key, Object... arguments) {
        return new MessageFormat(get(context, key), context.getViewRoot().getLocale()).format(arguments);
    }
}
