package nl.lerendstelsel.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production refuses to start with development settings (issue 27, ASVS V14.1/V2.10): an application whose public
 * address ({@code lerendstelsel.base-url}) is HTTPS is in production, and there the deployment fails with an error that
 * names each setting that still has its development value: the Keycloak client secret of the development realm
 * ({@code lerendstelsel.oidc.client-secret}), the default database password on the application's own connection pool
 * ({@code lerendstelsel.db.password}; not checked for embedded Derby or when a server's JDBC resource is used,
 * {@code lerendstelsel.db.jndi-name}), or a session cookie without {@code Secure} ({@code lerendstelsel.session.cookie-secure}
 * must be {@code true}: behind a proxy that terminates TLS the server cannot tell by itself). Development and the tests run
 * on {@code http://} and are not checked.
 */
@WebListener
public class ProductionSettingsCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class.getName());

    static final String DEVELOPMENT_CLIENT_SECRET = "dev-only-lerend-stelsel-web-secret";
    static final String DEFAULT_DATABASE_PASSWORD = "lerend";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String message = "Productie start niet met ontwikkelinstellingen / production does not start with development settings: "
                    + String.join("; ", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong for production, one sentence per setting; empty when nothing is or when this is not production. */
    static List<String> problems(Function<String, Optional<String>> setting) {
        boolean production = setting.apply("lerendstelsel.base-url").map(String::strip).filter(url -> url.startsWith("https://")).isPresent();
        List<String> problems = new ArrayList<>();
        if (!production) {
            return problems;
        }
        String clientSecret = setting.apply("lerendstelsel.oidc.client-secret").map(String::strip).orElse(DEVELOPMENT_CLIENT_SECRET);
        if (clientSecret.isEmpty() || DEVELOPMENT_CLIENT_SECRET.equals(clientSecret)) {
            problems.add("lerendstelsel.oidc.client-secret (LERENDSTELSEL_OIDC_CLIENT_SECRET) is het client-secret van de "
                    + "ontwikkelrealm; gebruik dat van tools/keycloak-production-realm.sh / is the development realm's client secret");
        }
        boolean ownPool = setting.apply("lerendstelsel.db.jndi-name").map(String::strip).filter(name -> !name.isEmpty()).isEmpty();
        boolean embeddedDerby = setting.apply("lerendstelsel.db.url").map(url -> url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://"))
                .orElse(true);
        String password = setting.apply("lerendstelsel.db.password").orElse(DEFAULT_DATABASE_PASSWORD);
        if (ownPool && !embeddedDerby && (password.isBlank() || DEFAULT_DATABASE_PASSWORD.equals(password))) {
            problems.add("lerendstelsel.db.password (LERENDSTELSEL_DB_PASSWORD) is het standaardwachtwoord van de database / "
                    + "is the default database password");
        }
        if (!setting.apply(SessionCookieSettings.SETTING).map(String::strip).map(Boolean::parseBoolean).orElse(false)) {
            problems.add(SessionCookieSettings.SETTING + " (LERENDSTELSEL_SESSION_COOKIE_SECURE) moet true zijn achter TLS / "
                    + "must be true behind TLS (Secure session cookie)");
        }
        return problems;
    }
}
