package nl.lerendstelsel.application.signal;

import static nl.lerendstelsel.application.signal.SignalChecks.requireMinistry;
import static nl.lerendstelsel.application.signal.SignalChecks.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Who handles a signal at the ministry: a ministry user takes it ("ik pak dit op") or assigns it to a colleague, who is
 * told; the ministry's inbox filters on it. Audited.
 */
@ApplicationScoped
public class SignalOwnership {

    @Inject
    SignalActs acts;

    @Inject
    UserProfileRepository userProfiles;

    @Inject
    NotificationService notifications;

    /** "Ik pak dit op": the caller at the ministry handles the signal from now on; the ministry's inbox filters on it. */
    @Transactional
    public Signal take(String reference, Caller caller) {
        requireMinistry(caller);
        Signal signal = acts.signal(reference, caller);
        UserProfile person = acts.person(caller);
        return owned(signal, person, person, caller);
    }

    /** The caller at the ministry assigns the signal to another active person at the ministry ({@code username}), who is told. */
    @Transactional
    public Signal assign(String reference, String username, Caller caller) {
        requireMinistry(caller);
        Signal signal = acts.signal(reference, caller);
        UserProfile owner = (username == null || username.isBlank() ? Optional.<UserProfile>empty()
                : userProfiles.findByUsername(username.strip())).filter(p -> p.isActive() && p.getRoles().contains(Role.MINISTRY))
                .orElseThrow(() -> InvalidInputException.of("eigenaar", Message.of("input.signal.owner")));
        return owned(signal, owner, acts.person(caller), caller);
    }

    private Signal owned(Signal signal, UserProfile owner, UserProfile person, Caller caller) {
        rule(() -> signal.assignOwner(owner, person, acts.now()));
        acts.flushOrConflict(signal);
        acts.audit(person, "SIGNAAL_EIGENAAR", signal, caller, owner.getUsername());
        notifications.tell(Set.of(owner.getId()), NotificationKind.SIGNAAL, signal.getReference(),
                Message.of("notification.about", Message.of("notification.signal.assigned"), signal.getTitle()), null, person.getId());
        return signal;
    }
}
