package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 27: production (an HTTPS address) refuses to start with development settings, naming each one. */
class ProductionSettingsCheckTest {

    private static List<String> problems(Map<String, String> settings) {
        return ProductionSettingsCheck.problems(name -> Optional.ofNullable(settings.get(name)));
    }

    private static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("lerendstelsel.base-url", "https://lerendstelsel.example.nl");
        settings.put("lerendstelsel.oidc.client-secret", "Zq8sX2vLr7TnW4kPb9YcHf3MjD6aGe1U");
        settings.put("lerendstelsel.db.url", "jdbc:postgresql://db.example.nl:5432/lerend");
        settings.put("lerendstelsel.db.password", "een-lang-en-geheim-wachtwoord");
        settings.put("lerendstelsel.session.cookie-secure", "true");
        return settings;
    }

    @Test
    void developmentOnPlainHttpIsNotChecked() {
        assertEquals(List.of(), problems(Map.of("lerendstelsel.base-url", "http://localhost:8080")));
        assertEquals(List.of(), problems(Map.of()));
    }

    @Test
    void aProperProductionSetupStarts() {
        assertEquals(List.of(), problems(production()));
        Map<String, String> serverPool = production();
        serverPool.remove("lerendstelsel.db.password");
        serverPool.put("lerendstelsel.db.jndi-name", "jdbc/lerend-stelsel");
        assertEquals(List.of(), problems(serverPool), "the server's pool has its own password");
    }

    @Test
    void eachDevelopmentSettingIsNamed() {
        Map<String, String> settings = production();
        settings.remove("lerendstelsel.oidc.client-secret");
        settings.put("lerendstelsel.db.password", "lerend");
        settings.remove("lerendstelsel.session.cookie-secure");
        List<String> problems = problems(settings);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("lerendstelsel.oidc.client-secret"), problems.get(0));
        assertTrue(problems.get(1).startsWith("lerendstelsel.db.password"), problems.get(1));
        assertTrue(problems.get(2).startsWith("lerendstelsel.session.cookie-secure"), problems.get(2));

        Map<String, String> devSecret = production();
        devSecret.put("lerendstelsel.oidc.client-secret", "dev-only-lerend-stelsel-web-secret");
        assertEquals(1, problems(devSecret).size());
        Map<String, String> noPassword = production();
        noPassword.remove("lerendstelsel.db.password");
        assertEquals(1, problems(noPassword).size(), "no password set means the default one");
    }
}
