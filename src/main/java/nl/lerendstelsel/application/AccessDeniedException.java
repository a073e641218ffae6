package nl.lerendstelsel.application;

import nl.lerendstelsel.domain.model.text.Message;

/** The person may not do this. Services throw it; the web UI shows the 403 page and the API answers 403. */
public class AccessDeniedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Message reason) {
        super(reason);
    }
}
