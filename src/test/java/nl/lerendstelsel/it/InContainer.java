package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.community.MembershipMode;
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

    /** The organisation a person of one role belongs to in the role matrices (a reporter there is from GM0344, Utrecht). */
    static final Map<Role, String> ORGANISATION = Map.of(
            Role.PROFESSIONAL, "GM0363", Role.FACILITATOR, "DIVOSA", Role.COORDINATOR, "VNG",
            Role.MINISTRY, "SZW", Role.EDITOR, "DIVOSA", Role.ADMIN, "DIVOSA");

    private InContainer() {
    }

    /**
     * The WAR as built ({@code lerend.war}) with the test class, these fixtures and the base classes of the tests
     * ({@link KnelpuntFixtures}, {@link CopFixtures}), {@link Stack} (every Arquillian test registers it) and {@code extra}:
     * the test's own nested types, or the other test helpers it calls in the container.
     */
    static WebArchive deployment(Class<?> test, Class<?>... extra) {
        return ShrinkWrap.create(ZipImporter.class, "lerend-stelsel.war")
                .importFrom(new File(System.getProperty("lerend.war", "target/lerend-stelsel.war")))
                .as(WebArchive.class)
                .addClasses(test, InContainer.class, Person.class, People.class, Operation.class, Stack.class, Stack.Running.class)
                .addClasses(KnelpuntFixtures.class, CopFixtures.class)
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
    static BottleneckReporting.NewBottleneck knelpunt(String title, String theme) {
        return knelpunt(title, "Inburgeraars wachten weken op een afspraak voor de toets.", theme);
    }

    /** The same with a description of its own. */
    static BottleneckReporting.NewBottleneck knelpunt(String title, String description, String theme) {
        return new BottleneckReporting.NewBottleneck(title, description, theme, "GM0344", "Asielstatushouders", EstimatedScale.TIENTALLEN,
                null);
    }

    /**
     * A new open CoP about {@code theme}, named {@code name} and a random suffix (names are unique), created by {@code admin};
     * {@code facilitator} appointed (none when null) and {@code members} joined.
     */
    static long cop(CommunityService communities, MembershipService memberships, Person admin, String name, String description,
                    String theme, Person facilitator, Person... members) {
        long id = communities.create(new CommunityService.CommunityInput(name + " " + UUID.randomUUID().toString().substring(0, 6),
                description, MembershipMode.OPEN, List.of(theme), List.of()), admin.caller()).getId();
        if (facilitator != null) {
            memberships.appoint(id, facilitator.username(), true, admin.caller());
        }
        for (Person member : members) {
            memberships.join(id, member.caller());
        }
        return id;
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

    /** One row of a role matrix: an operation, the roles that may do it, how to prepare its target, and the call on that target. */
    record Operation(String name, Set<Role> allowed, Supplier<String> prepare, BiConsumer<String, Caller> act) {
    }

    /**
     * Every role times every operation, each time on a freshly prepared target by a new {@code person} of that role. Returns the
     * matrix (per operation a row of " ja " or " nee" per role, in the order of {@link Role#values()}) and adds to
     * {@code differences} every permission that is not the expected one. {@code unexpected} tells how the code refuses from a
     * surprise: null for a refusal, else what was unexpected (then also a difference, and counted as refused); it may rethrow.
     */
    static Map<String, String> roleMatrix(List<Operation> operations, Function<Role, Caller> person,
                                          Function<RuntimeException, String> unexpected, List<String> differences) {
        Map<String, String> matrix = new LinkedHashMap<>();
        for (Operation operation : operations) {
            StringBuilder row = new StringBuilder();
            for (Role role : Role.values()) {
                String target = operation.prepare().get();
                Caller caller = person.apply(role);
                boolean permitted;
                try {
                    operation.act().accept(target, caller);
                    permitted = true;
                } catch (RuntimeException e) {
                    String surprise = unexpected.apply(e);
                    if (surprise != null) {
                        differences.add(operation.name() + " by " + role + ": unexpected " + surprise);
                    }
                    permitted = false;
                }
                row.append(permitted ? " ja " : " nee");
                if (permitted != operation.allowed().contains(role)) {
                    differences.add(operation.name() + " by " + role + ": " + (permitted ? "permitted" : "refused")
                            + ", expected " + (permitted ? "refused" : "permitted"));
                }
            }
            matrix.put(operation.name(), row.toString());
        }
        return matrix;
    }

    /** How many audit entries of {@code action} name {@code objectId}. */
    static long audited(EntityManager em, String action, String objectId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :a AND a.objectId = :o", Long.class)
                .setParameter("a", action).setParameter("o", objectId).getSingleResult();
    }
}
