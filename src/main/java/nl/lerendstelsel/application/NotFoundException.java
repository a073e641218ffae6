package nl.lerendstelsel.application;

import nl.lerendstelsel.domain.model.text.Message;

/** The object asked for does not exist (or the caller may not know it exists); the API answers 404. */
public class NotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Message reason) {
        super(reason);
    }
}
