package nl.lerendstelsel.interfaces.web.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The bell in the header: the number of unread notifications, counted once per request (one indexed COUNT by
 * the profile id the session already knows). */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService service;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            // the profile id of the session's snapshot: no look-up of the profile by subject on every page
            unread = currentUser.user().map(user -> service.unreadCountOfProfile(user.profileId())).orElse(0L);
        }
        return unread;
    }
}
