package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to the page being shown with its view parameters and one parameter set: the address {@code h:link
 * includeViewParams="true"} with an {@code f:param} renders (the given parameter first, then the view parameters'
 * values taken from their model, empty ones left out), built directly. {@code h:link} looks up a navigation case and
 * builds a bookmarkable URL through the view handlers for every link on every page, which made the site template cost
 * several times a bare page (quality bar P2); the language switch and the pagers (knelpunten list, handler queue, signals,
 * kennisbank) use this instead.
 */
@Named("viewLinks")
@RequestScoped
public class ViewLinks {

    /** This page with {@code name=value} and its other view parameters, e.g. {@code #{viewLinks.withParam('pagina', 2)}}. */
    public String withParam(String name, Object value) {
        return currentView(FacesContext.getCurrentInstance(), name, value == null ? null : String.valueOf(value));
    }

    static String currentView(FacesContext context, String name, String value) {
        UIViewRoot root = context.getViewRoot();
        StringBuilder url = new StringBuilder(context.getExternalContext().getRequestContextPath()).append(root.getViewId());
        char separator = '?';
        if (value != null && !value.isEmpty()) {
            url.append(separator).append(encode(name)).append('=').append(encode(value));
            separator = '&';
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String parameterName = parameter.getName();
            if (parameterName == null || parameterName.isEmpty() || parameterName.equals(name)) {
                continue;
            }
            String parameterValue = parameter.getValueExpression("value") != null ? parameter.getStringValueFromModel(context)
                    : parameter.getStringValue(context);
            if (parameterValue != null && !parameterValue.isEmpty()) {
                url.append(separator).append(encode(parameterName)).append('=').append(encode(parameterValue));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
