package nl.lerendstelsel.domain.model.qa;

/** An editorial step the workflow does not allow now, with a message in Dutch and English. */
public class EditorialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dutch;
    private final String english;

    public EditorialException(String dutch, String english) {
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
