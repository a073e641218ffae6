package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.lerendstelsel.application.BottleneckService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The shared fixtures of the Arquillian tests, which run inside Payara Micro on the real WAR: their deployment, people
 * signed in with roles, a knelpunt to report, a row changed straight in the database, and the audit trail counted.
 * Everything that needs the container takes the injected service of the test ({@code userProfiles}, {@code dataSource},
 * {@code em}), so the tests keep injecting what they use and nothing here is a bean.
 */
final class InContainer {

    /** Where every caller of these tests comes from. */
    static final String ORIGIN = "127.0.0.1";

    private InContainer() {
    }

    /**
     * The WAR as built ({@code lerend.war}) with the test class, these fixtures, {@link Stack} (every Arquillian test registers
     * it) and {@code extra}: the test's own nested types, or the other test helpers it calls in the container.
     */
    static WebArchive deployment(Class<?> test, Class<?>... extra) {
        return ShrinkWrap.create(ZipImporter.class, "lerend-stelsel.war")
                .importFrom(new File(System.getProperty("lerend.war", "target/lerend-stelsel.war")))
                .as(WebArchive.class)
                .addClasses(test, InContainer.class, Person.class, People.class, Stack.class, Stack.Running.class)
                .addClasses(extra);
    }

    /** A person signed in: their profile's id, the claims they signed in with (for a later sign-in) and the caller they act as. */
    record Person(Long id, IdentityClaims claims, Caller caller) {

        String subject() {
            return claims.subject();
        }

        String username() {
            return claims.username();
        }

        /** Null unless the test's {@link People} give people an e-mail address. */
        String email() {
            return claims.email();
        }
    }

    /**
     * How one test class signs people in, as the identity provider would on their first visit: a new random subject, the
     * username {@code prefix} + its first eight characters (a test can tell its own people by it), the display name
     * "Test " + username and, with {@code email}, the address username@example.org (else none, so no mail goes out).
     */
    record People(String prefix, boolean email) {

        Person signIn(UserProfileService userProfiles, String organisation, Role... roles) {
            String subject = UUID.randomUUID().toString();
            String username = prefix + subject.substring(0, 8);
            Set<Role> roleSet = EnumSet.of(roles[0], roles);
            IdentityClaims claims = new IdentityClaims(subject, username, "Test " + username, email ? username + "@example.org" : null,
                    organisation, roleSet);
            Long id = userProfiles.signedIn(claims, ORIGIN).getId();
            return new Person(id, claims, new Caller(subject, roleSet, ORIGIN));
        }
    }

    /** A knelpunt of Utrecht (GM0344) about asylum permit holders waiting for the leerbaarheidstoets. */
    static BottleneckService.NewBottleneck knelpunt(String title, String theme) {
        return knelpunt(title, "Inburgeraars wachten weken op een afspraak voor de toets.", theme);
    }

    /** The same with a description of its own. */
    static BottleneckService.NewBottleneck knelpunt(String title, String description, String theme) {
        return new BottleneckService.NewBottleneck(title, description, theme, "GM0344", "Asielstatushouders", EstimatedScale.TIENTALLEN,
                null);
    }

    /**
     * Changes exactly one row straight in the database (time travel, or a state the workflow never makes) and empties JPA's
     * second-level cache, so that the services read the change.
     */
    static void execute(DataSource dataSource, EntityManagerFactory emf, String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
        emf.getCache().evictAll();
    }

    /** How many audit entries of {@code action} name {@code objectId}. */
    static long audited(EntityManager em, String action, String objectId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :a AND a.objectId = :o", Long.class)
                .setParameter("a", action).setParameter("o", objectId).getSingleResult();
    }
}
