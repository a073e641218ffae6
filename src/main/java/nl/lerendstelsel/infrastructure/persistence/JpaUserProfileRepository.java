package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

@ApplicationScoped
public class JpaUserProfileRepository extends JpaRepositoryBase implements UserProfileRepository {

    @Override
    public Optional<UserProfile> findBySubject(String subject) {
        return em.createQuery("SELECT u FROM UserProfile u WHERE u.subject = :subject", UserProfile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserProfile> findById(Long id) {
        return Optional.ofNullable(em.find(UserProfile.class, id));
    }

    @Override
    public List<UserProfile> findAllById(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT p FROM UserProfile p WHERE p.id IN :ids", UserProfile.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<UserProfile> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserProfile u WHERE u.username = :username ORDER BY u.lastSignIn DESC",
                        UserProfile.class)
                .setParameter("username", username)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Roles are kept as a sorted comma-separated list: match the name between commas. */
    @Override
    public List<UserProfile> withRole(Role role) {
        return em.createQuery("SELECT u FROM UserProfile u WHERE CONCAT(',', u.roles, ',') LIKE :role ORDER BY u.displayName",
                        UserProfile.class)
                .setParameter("role", "%," + role.roleName() + ",%")
                .getResultList();
    }

    @Override
    public List<Long> handlerIds(Role role, String regionCode) {
        // Plain SQL shared by Derby and PostgreSQL: the region scope is an element collection, which JPQL's MEMBER OF
        // does not read the same way on both.
        String sql = "SELECT u.id FROM user_profile u WHERE (',' || u.roles || ',') LIKE ?"
                + " AND (NOT EXISTS (SELECT 1 FROM user_region r WHERE r.user_id = u.id)"
                + (regionCode == null ? ")" : " OR EXISTS (SELECT 1 FROM user_region r WHERE r.user_id = u.id AND r.region_code = ?))")
                + " ORDER BY u.id";
        jakarta.persistence.Query query = em.createNativeQuery(sql).setParameter(1, "%," + role.roleName() + ",%");
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    @Override
    public List<UserProfile> withRoleMatching(Role role, String text, java.util.Collection<Long> among, int max) {
        if (among != null && among.isEmpty()) {
            return List.of();
        }
        String t = normalise(text);
        // Whether access was withdrawn is checked here, not in SQL: in this query EclipseLink wrote the condition as
        // "= 1" on Derby (as a literal and as a parameter alike), which Derby refuses for a BOOLEAN column. Withdrawn
        // people are few; twice the rows leaves room for them.
        jakarta.persistence.TypedQuery<UserProfile> query = em.createQuery("SELECT u FROM UserProfile u LEFT JOIN u.organisation o"
                        + " WHERE CONCAT(',', u.roles, ',') LIKE :role"
                        + (t.isEmpty() ? "" : " AND (LOWER(u.displayName) LIKE :pattern ESCAPE '!'"
                                + " OR LOWER(u.username) LIKE :pattern ESCAPE '!' OR LOWER(o.name) LIKE :pattern ESCAPE '!')")
                        + (among == null ? "" : " AND u.id IN :among") + " ORDER BY u.displayName, u.id", UserProfile.class)
                .setParameter("role", "%," + role.roleName() + ",%")
                .setMaxResults(2 * max);
        if (!t.isEmpty()) {
            query.setParameter("pattern", "%" + t + "%");
        }
        if (among != null) {
            query.setParameter("among", among);
        }
        return query.getResultList().stream().filter(UserProfile::isActive).limit(max).toList();
    }

    @Override
    public void add(UserProfile profile) {
        em.persist(profile);
    }

    private static final String DIRECTORY = " FROM UserProfile u LEFT JOIN u.organisation o WHERE u.id >= 0 AND (:text = '' "
            + "OR LOWER(u.displayName) LIKE :pattern ESCAPE '!' OR LOWER(u.username) LIKE :pattern ESCAPE '!' OR LOWER(u.email) LIKE :pattern ESCAPE '!' "
            + "OR LOWER(o.name) LIKE :pattern ESCAPE '!' OR LOWER(o.code) LIKE :pattern ESCAPE '!')";

    @Override
    public List<UserProfile> directory(String text, int first, int max) {
        String t = normalise(text);
        return em.createQuery("SELECT u" + DIRECTORY + " ORDER BY u.displayName, u.id", UserProfile.class)
                .setParameter("text", t).setParameter("pattern", "%" + t + "%")
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countDirectory(String text) {
        String t = normalise(text);
        return em.createQuery("SELECT COUNT(u)" + DIRECTORY, Long.class)
                .setParameter("text", t).setParameter("pattern", "%" + t + "%")
                .getSingleResult();
    }

    @Override
    public List<String> inactiveSubjects() {
        return em.createQuery("SELECT u.subject FROM UserProfile u WHERE u.active = FALSE AND u.id >= 0", String.class).getResultList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
