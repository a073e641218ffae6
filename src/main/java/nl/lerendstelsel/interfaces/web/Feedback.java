package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;

/**
 * Runs a page action and turns what the services refuse into messages on the page, in the viewer's language: field
 * errors and personal-data findings next to their fields (by the service's field name, mapped to a component id), a
 * refused workflow step at the default field, everything else at the top. The person's input stays in the form.
 */
@RequestScoped
public class Feedback {

    @Inject
    Language language;

    /** An action that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /**
     * Runs {@code action}; on success shows {@code doneKey} (when not null) and returns true. {@code fields} maps service
     * field names to client ids; unmapped fields go to {@code defaultField} (or the top when that is null).
     */
    public boolean run(Action action, String doneKey, Map<String, String> fields, String defaultField) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.run();
            if (doneKey != null) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, doneKey), null));
            }
            return true;
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach((field, message) -> context.addMessage(fields.getOrDefault(field, defaultField),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        } catch (PersonalDataRejectedException e) {
            e.findings().forEach((field, findings) -> findings.forEach(f -> context.addMessage(fields.getOrDefault(field, defaultField),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(language.getLocale()), null))));
        } catch (WorkflowException e) {
            context.addMessage(defaultField, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (ConcurrentChangeException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(context, "bottleneck.action.conflict"), null));
        } catch (NotPossibleException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (AccessDeniedException | NotFoundException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        context.validationFailed();
        return false;
    }
}
