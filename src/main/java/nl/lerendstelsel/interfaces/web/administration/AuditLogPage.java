package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.AuditLogService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.AuditLogParameters;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * The audit log page ({@code /app/beheer/auditlog.xhtml}): a plain GET form of filters, so every view of the log is a
 * link; 50 entries at a time, newest first, with a link to the next page and to the CSV export of everything that matches.
 */
@Named("auditLogPage")
@RequestScoped
public class AuditLogPage {

    static final List<String> PARAMETERS = List.of("van", "tot", "actor", "actie", "objecttype", "object");

    @Inject
    AuditLogService auditLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private Map<String, String> values;
    private AuditLogService.Page page;
    private Map<String, String> errors;
    private List<String> actions;
    private List<String> objectTypes;

    private Map<String, String> values() {
        if (values == null) {
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            values = new LinkedHashMap<>();
            PARAMETERS.forEach(name -> {
                String value = request.get(name);
                if (value != null && !value.isBlank()) {
                    values.put(name, value.strip());
                }
            });
        }
        return values;
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    private void load() {
        if (page != null || errors != null) {
            return;
        }
        Map<String, String> v = values();
        String after = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("na");
        try {
            page = auditLog.page(AuditLogParameters.filter(v.get("van"), v.get("tot"), v.get("actor"), v.get("actie"),
                    v.get("objecttype"), v.get("object")), AuditLogParameters.cursor(after), AuditLogService.PAGE_SIZE, caller());
        } catch (InvalidInputException e) {
            errors = e.fieldErrors(language.getLocale());
            page = new AuditLogService.Page(List.of(), null);
        }
    }

    /** The value the visitor gave for a filter, to show it again in the form. */
    public String value(String name) {
        return values().getOrDefault(name, "");
    }

    public List<AuditEntry> getEntries() {
        load();
        return page.entries();
    }

    /** What was wrong with the filter, for the message at the top (empty when nothing). */
    public List<String> getErrors() {
        load();
        return errors == null ? List.of() : List.copyOf(errors.values());
    }

    public boolean isFiltered() {
        return !values().isEmpty();
    }

    public boolean isContinued() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("na") != null;
    }

    /** The query string of the next page, or null on the last one. */
    public String getNextQuery() {
        load();
        return page.next() == null ? null : query() + (values().isEmpty() ? "" : "&") + "na=" + AuditLogParameters.cursor(page.next());
    }

    /** The query string of the filters, for the next page and the CSV export. */
    public String query() {
        StringBuilder q = new StringBuilder();
        values().forEach((name, value) -> q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return q.toString();
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = auditLog.actions(caller());
        }
        return actions;
    }

    public List<String> getObjectTypes() {
        if (objectTypes == null) {
            objectTypes = auditLog.objectTypes(caller());
        }
        return objectTypes;
    }
}
