package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/** The admin form on the reference-data page that sets a theme's own service-level targets. */
@Named("themeTargets")
@RequestScoped
public class ThemeTargetsForm {

    @Inject
    ReferenceDataService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

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
        feedback.run(() -> service.setThemeTargets(theme, executionDays, linkingDays, currentUser.caller().orElseThrow()),
                "refdata.targets.saved", Map.of("schakel", "referentiedata:schakel"), "referentiedata:uitvoering");
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
