package nl.lerendstelsel.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Handles the language switch: {@code ?lang=en} or {@code ?lang=nl} on any page stores the choice in a cookie. */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String CHOSEN_ATTRIBUTE = LanguageFilter.class.getName() + ".chosen";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if ("nl".equals(lang) || "en".equals(lang)) {
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
    }
}
