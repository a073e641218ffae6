package nl.lerendstelsel.interfaces.web.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationTexts;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.PagedList;

/** The notifications page and the settings page: read, mark read, choose e-mail delivery per kind. */
@Named("notifications")
@RequestScoped
public class NotificationsPage {

    static final int PAGE_SIZE = 20;

    @Inject
    NotificationService service;

    @Inject
    CurrentUser currentUser;

    private int page = 1;
    private NotificationService.Page result;
    private Map<NotificationKind, Delivery> choices;

    public NotificationService.Page getResult() {
        if (result == null) {
            result = service.page(currentUser.caller().orElseThrow(), page, PAGE_SIZE);
        }
        return result;
    }

    public long getPageCount() {
        return PagedList.pageCount(getResult().total(), PAGE_SIZE);
    }

    /** Marks it read and opens what it is about (or where its kind asks the reader to act). */
    public String open(long id) {
        nl.lerendstelsel.domain.model.notification.Notification opened;
        try {
            opened = service.markRead(id, currentUser.caller().orElseThrow());
        } catch (NotFoundException e) {
            return null;
        }
        String path = NotificationTexts.path(opened.getKind(), opened.getReference());
        return path + (path.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public void markRead(long id) {
        try {
            service.markRead(id, currentUser.caller().orElseThrow());
        } catch (NotFoundException e) {
            // Not the caller's: nothing to mark.
        }
        result = null;
    }

    public void markAllRead() {
        int marked = service.markAllRead(currentUser.caller().orElseThrow());
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(context, "notifications.allRead", marked), null));
        result = null;
    }

    public List<NotificationKind> getKinds() {
        return Arrays.stream(NotificationKind.values()).filter(k -> !k.alwaysDirect()).toList();
    }

    public List<Delivery> getDeliveries() {
        return Arrays.asList(Delivery.values());
    }

    /** The choices shown and posted back, per kind. */
    public Map<NotificationKind, Delivery> getChoices() {
        if (choices == null) {
            choices = new EnumMap<>(service.preferences(currentUser.caller().orElseThrow()));
        }
        return choices;
    }

    public void save() {
        service.setPreferences(getChoices(), currentUser.caller().orElseThrow());
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "notifications.saved"), null));
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
