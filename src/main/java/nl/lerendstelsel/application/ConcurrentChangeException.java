package nl.lerendstelsel.application;

/** Someone else changed the object first; the caller's action was not applied. API: 409 with the current state. */
public class ConcurrentChangeException extends RuntimeException {

    private final String reference;
    private final long currentVersion;

    public ConcurrentChangeException(String reference, long currentVersion) {
        super("Intussen gewijzigd door iemand anders / changed by someone else meanwhile: " + reference);
        this.reference = reference;
        this.currentVersion = currentVersion;
    }

    public String reference() {
        return reference;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
