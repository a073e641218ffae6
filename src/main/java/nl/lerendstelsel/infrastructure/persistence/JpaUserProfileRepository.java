package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

@ApplicationScoped
public class JpaUserProfileRepository implements UserProfileRepository {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

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
    public void add(UserProfile profile) {
        em.persist(profile);
    }
}
