package nl.lerendstelsel.interfaces.web;

import jakarta.faces.context.FacesContext;
import nl.lerendstelsel.domain.model.text.Texts;

/**
 * Plain request parameters, read in {@code @PostConstruct}. On a postback, view parameters reach a request-scoped bean
 * only in the update-model phase, after Faces has decided which forms and buttons exist; pages that show forms
 * depending on an id therefore also send it as a plain hidden field and read it here first.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter, or null when absent or blank. */
    public static String text(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return Texts.blankToNull(value);
    }

    /** The parameter as a number, or null when absent, blank or not a number (left to the page's "not found"). */
    public static Long number(String name) {
        String value = text(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
