package nl.lerendstelsel.interfaces.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.settings.Settings;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/** The admins' settings page: every setting with its value in force, its default and range; saved together. */
@Named("settingsPage")
@RequestScoped
public class SettingsPage {

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** One line of the form. */
    public static final class Row {
        private final Setting setting;
        private final long defaultValue;
        private final String changedBy;
        private final Instant changedAt;
        private Long value;

        Row(SettingsService.Shown shown) {
            this.setting = shown.setting();
            this.defaultValue = shown.defaultValue();
            this.changedBy = shown.changedBy();
            this.changedAt = shown.changedAt();
            this.value = shown.value();
        }

        public String getKey() {
            return setting.key();
        }

        public long getMin() {
            return setting.min();
        }

        public long getMax() {
            return setting.max();
        }

        public long getDefaultValue() {
            return defaultValue;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public Instant getChangedAt() {
            return changedAt;
        }

        public Long getValue() {
            return value;
        }

        public void setValue(Long value) {
            this.value = value;
        }
    }

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = settings.overview().stream().map(Row::new).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<Setting, Long> changes = new EnumMap<>(Setting.class);
        rows.forEach(row -> changes.put(row.setting, row.value));
        try {
            settings.current().settings().with(changes);
        } catch (Settings.Rejected rejected) {
            for (Settings.Violation v : rejected.violations()) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.get(context, "settings." + v.setting().key()) + ": " + v.message(language.getLocale()), null));
            }
            return;
        }
        try {
            settings.change(changes, currentUser.caller().orElseThrow());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "settings.saved"), null));
            load();
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach((key, message) -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "settings." + key) + ": " + message, null)));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
    }
}
