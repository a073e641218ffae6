package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

    /**
     * The language switch's address: this page with its view parameters and {@code lang} set to the other language. A
     * plain link rather than {@code h:link includeViewParams}: the same address ({@link ViewLinks}) without a
     * navigation-case look-up and bookmarkable-URL building on every page.
     */
    public String getSwitchUrl() {
        return ViewLinks.currentView(FacesContext.getCurrentInstance(), "lang", getOther());
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public static Locale fromRequest(HttpServletRequest request) {
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
