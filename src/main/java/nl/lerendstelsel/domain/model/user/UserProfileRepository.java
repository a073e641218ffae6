package nl.lerendstelsel.domain.model.user;

import java.util.Optional;

public interface UserProfileRepository {

    Optional<UserProfile> findBySubject(String subject);

    void add(UserProfile profile);
}
