package nl.lerendstelsel.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A page whose subject is unknown (or hidden from this reader) answers 404 and renders nothing more. */
public final class NotFound {

    private NotFound() {
    }

    /** Answers 404 with {@code reason} and ends the request's Faces life cycle; the caller returns at once. */
    public static void answer(String reason) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, reason);
        context.responseComplete();
    }
}
