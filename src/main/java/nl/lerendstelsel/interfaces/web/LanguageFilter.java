package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/**
 * Handles the language switch: {@code ?lang=en} or {@code ?lang=nl} on any page stores the choice in a cookie, and for a
 * signed-in person also in their profile, so their e-mails are written in that language. The profile is written only
 * when the choice differs from what it remembers, never on other requests.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String CHOSEN_ATTRIBUTE = LanguageFilter.class.getName() + ".chosen";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final Logger LOG = Logger.getLogger(LanguageFilter.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    UserProfileService userProfiles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        boolean chosen = "nl".equals(lang) || "en".equals(lang);
        if (chosen) {
            Cookie cookie = new Cookie(Language.COOKIE, lang);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(CHOSEN_ATTRIBUTE, lang);
        }
        chain.doFilter(request, response);
        if (chosen) {
            // After the chain: the sign-in filter (its order against this one is not fixed) has then stored the person of a
            // first request after signing in, and CurrentUser, which keeps what it finds for the whole request, is not
            // asked before that.
            remember(lang);
        }
    }

    private void remember(String lang) {
        try {
            currentUser.user().ifPresent(user -> userProfiles.chooseLanguage(user.subject(), lang));
        } catch (RuntimeException e) {
            // the page was served; the next switch tries again
            LOG.log(Level.WARNING, "Could not remember the language of the signed-in person: " + e.getMessage());
        }
    }
}
