package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of this response. PrimeFaces (in CSP mode) checks on every postback that
 * re-renders a view that the request carries the nonce it rendered, but its script adds the nonce only to
 * ajax requests; every form therefore carries it in a hidden field ({@code primefaces.nonce}).
 */
@Named("cspNonce")
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
