package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/** The admin form on the reference-data page that sets a theme's own service-level targets. */
@Named("themeTargets")
@RequestScoped
public class ThemeTargetsForm {

    @Inject
    ReferenceDataService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String theme;
    private Integer executionDays;
    private Integer linkingDays;

    public int getDefaultExecutionDays() {
        return service.defaultDays(Level.EXECUTION);
    }

    public int getDefaultLinkingDays() {
        return service.defaultDays(Level.LINKING);
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            service.setThemeTargets(theme, executionDays, linkingDays, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "refdata.targets.saved"), null));
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach((field, message) -> context.addMessage(
                    "referentiedata:" + ("schakel".equals(field) ? "schakel" : "uitvoering"),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (NotFoundException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Integer getExecutionDays() {
        return executionDays;
    }

    public void setExecutionDays(Integer executionDays) {
        this.executionDays = executionDays;
    }

    public Integer getLinkingDays() {
        return linkingDays;
    }

    public void setLinkingDays(Integer linkingDays) {
        this.linkingDays = linkingDays;
    }
}
