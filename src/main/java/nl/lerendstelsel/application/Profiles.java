package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/** The look-ups of people the use cases share: the caller's own profile and name, and everyone with a role. */
@ApplicationScoped
public class Profiles {

    @Inject
    UserProfileRepository profiles;

    /** The caller's profile; refused (403) when there is none, which signing in always makes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserProfile of(Caller caller) {
        return find(caller).orElseThrow(() -> new AccessDeniedException(Message.of("access.unknownUser")));
    }

    /** The caller's profile, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserProfile> find(Caller caller) {
        return profiles.findBySubject(caller.subject());
    }

    /** The caller's username as the audit log names them; their subject when they have no profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String username(Caller caller) {
        return find(caller).map(UserProfile::getUsername).orElse(caller.subject());
    }

    /** The ids of the active people with {@code role}, ascending. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> ids(Role role) {
        Set<Long> ids = new TreeSet<>();
        profiles.withRole(role).forEach(p -> ids.add(p.getId()));
        return ids;
    }
}
