package nl.lerendstelsel.domain.model.signal;

/** A signal step the workflow table does not allow, in Dutch and English. */
public class SignalWorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dutch;
    private final String english;

    public SignalWorkflowException(String dutch, String english) {
        super(dutch + " / " + english);
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
