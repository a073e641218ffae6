package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.infrastructure.config.ClockProducer;
import nl.lerendstelsel.infrastructure.security.CurrentUser;

/** The signed-in person's own profile, as the application knows it. */
@Named("profilePage")
@RequestScoped
public class ProfilePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserProfileService userProfiles;

    @Inject
    Language language;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = currentUser.user().flatMap(u -> userProfiles.find(u.subject())).orElse(null);
        }
        return profile;
    }

    /** Date and time in the Europe/Amsterdam zone, written the way the reader's language does. */
    public String format(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(ClockProducer.ZONE).format(moment);
    }
}
