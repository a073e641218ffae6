package nl.lerendstelsel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak connection settings from MicroProfile Config (environment variables such as
 * {@code LERENDSTELSEL_OIDC_PROVIDER_URI} or system properties). {@link OpenIdConfiguration} reads them
 * through EL; the defaults fit the development stack started by {@code run.sh}.
 */
@Named("openIdSettings")
@ApplicationScoped
public class OpenIdSettings {

    static final String PROVIDER_URI = "lerendstelsel.oidc.provider-uri";
    static final String DEFAULT_PROVIDER_URI = "http://localhost:8180/realms/lerend-stelsel";

    @Inject
    @ConfigProperty(name = PROVIDER_URI, defaultValue = DEFAULT_PROVIDER_URI)
    String providerUri;

    @Inject
    @ConfigProperty(name = "lerendstelsel.oidc.client-id", defaultValue = "lerend-stelsel-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "lerendstelsel.oidc.client-secret", defaultValue = "dev-only-lerend-stelsel-web-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The Keycloak origin, e.g. {@code http://localhost:8180}, for links to its account console. */
    public String getAccountConsoleUri() {
        return providerUri + "/account";
    }
}
