package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the user interface: Dutch unless the person chose English with the language switch.
 * The choice lives in a cookie rather than the session, so anonymous visitors need no session at all.
 */
@Named("language")
@RequestScoped
public class Language {

    static final String COOKIE = "lang";
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromRequest(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The language code the switch offers: the other one. */
    public String getOther() {
        return isEnglish() ? "nl" : "en";
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    static Locale fromRequest(HttpServletRequest request) {
        Object chosen = request.getAttribute(LanguageFilter.CHOSEN_ATTRIBUTE);
        if (chosen instanceof String code) {
            return of(code);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return of(cookie.getValue());
                }
            }
        }
        return DUTCH;
    }

    static Locale of(String code) {
        return "en".equals(code) ? ENGLISH : DUTCH;
    }
}
