package nl.lerendstelsel.application;

/** The person may not do this. Services throw it; the web UI shows the 403 page and the API answers 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
