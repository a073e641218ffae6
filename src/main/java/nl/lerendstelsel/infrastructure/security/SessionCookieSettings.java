package nl.lerendstelsel.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie ({@code LSSESSION}, web.xml: HttpOnly, SameSite=Lax, no tracking by URL) gets the {@code Secure}
 * flag from the setting {@code lerendstelsel.session.cookie-secure} (environment
 * {@code LERENDSTELSEL_SESSION_COOKIE_SECURE}): {@code true} in production, where the application is only reached
 * through TLS — usually a proxy that terminates TLS, so the server itself cannot tell (quality bar S5). The default,
 * {@code false}, leaves it to the server: Secure on requests that reach it over HTTPS, and a cookie that still works on
 * plain HTTP for development and the tests.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SETTING = "lerendstelsel.session.cookie-secure";
    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
        apply(event.getServletContext().getSessionCookieConfig(), secure);
        LOG.info(() -> "Session cookie " + event.getServletContext().getSessionCookieConfig().getName()
                + (secure ? ": always Secure" : ": Secure on HTTPS requests (" + SETTING + "=false)"));
    }

    static void apply(SessionCookieConfig cookie, boolean secure) {
        if (secure) {
            cookie.setSecure(true);
        }
    }
}
