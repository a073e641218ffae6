package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Who a caller is for the visibility rule of restricted knelpunten, and the id of their profile: read once per request
 * ({@link RequestMemo}), however many services ask. A knelpunt page asks about ten times.
 */
@ApplicationScoped
public class Viewers {

    @Inject
    UserProfileRepository profiles;

    @Inject
    RequestMemo memo;

    private record Key(String subject, Set<Role> roles) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewer of(Caller caller) {
        return memo.get(new Key(caller.subject(), caller.roles()), () -> read(caller));
    }

    private Viewer read(Caller caller) {
        Optional<UserProfile> profile = profiles.findBySubject(caller.subject());
        String organisation = profile.map(p -> p.getOrganisation() == null ? null : p.getOrganisation().getCode()).orElse(null);
        return Viewer.of(caller.subject(), organisation, caller.roles()).withProfileId(profile.map(UserProfile::getId).orElse(null));
    }
}
