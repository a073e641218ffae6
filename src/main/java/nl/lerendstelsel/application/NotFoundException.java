package nl.lerendstelsel.application;

/** The object asked for does not exist (or the caller may not know it exists). API: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
