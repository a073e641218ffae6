package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
    public void add(UserProfile profile) {
        em.persist(profile);
    }
}
