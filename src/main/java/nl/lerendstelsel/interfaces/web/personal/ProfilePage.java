package nl.lerendstelsel.interfaces.web.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The signed-in person's own profile, as the application knows it. */
@Named("profilePage")
@RequestScoped
public class ProfilePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserProfileService userProfiles;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = currentUser.user().flatMap(u -> userProfiles.find(u.subject())).orElse(null);
        }
        return profile;
    }

}
