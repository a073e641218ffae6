package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.PROFESSIONAL_NAME, Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.MINISTRY_NAME,
        Role.EDITOR_NAME, Role.ADMIN_NAME})
@OpenAPIDefinition(info = @Info(
        title = "Lerend Stelsel API",
        version = "1.0.0",
        description = "API van het platform voor het lerend stelsel inburgering: knelpunten, signalen, vraag en antwoord "
                + "en referentiegegevens. Fouten volgen RFC 9457 (application/problem+json). Wijzigingen (POST, PUT, PATCH, "
                + "DELETE) zijn begrensd per gebruiker en per adres: daarboven volgt 429 met Retry-After (seconden).",
        contact = @Contact(name = "Lerend Stelsel, functioneel beheer", url = "https://lerendstelsel.example.nl/contact",
                email = "api@lerendstelsel.example.nl")))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Een access token van Keycloak (realm lerend-stelsel).")
// A CDI bean, so Payara finds @LoginConfig and installs the MP-JWT mechanism.
@ApplicationScoped
public class RestApplication extends Application {

    /**
     * Switches on multipart/form-data (file uploads as Jakarta REST 3.1 {@code EntityPart}s) through Jersey's
     * multipart feature, which Payara ships; named as a property so the application does not compile against Jersey.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
