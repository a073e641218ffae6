package nl.lerendstelsel.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** Who calls the API in this request, as the services want it; 401 when nobody is signed in. */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentUser currentUser;

    /** The signed-in caller, or 401. */
    public Caller get() {
        return currentUser.caller().orElseThrow(ApiException::unauthenticated);
    }

    /** The code of the signed-in user's organisation. */
    public String organisationCode() {
        return currentUser.getUser().organisationCode();
    }
}
