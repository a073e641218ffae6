package nl.lerendstelsel.interfaces.web.signal;

import jakarta.inject.Inject;
import nl.lerendstelsel.interfaces.web.Feedback;

/**
 * What every form on a signal's page shares: the page it belongs to ({@link SignalPage}, which knows the signal, the
 * viewer and what they may do), {@link Feedback#run} for its action, and post/redirect/get after it.
 */
abstract class SignalForm {

    @Inject
    SignalPage page;

    @Inject
    Feedback feedback;

    /** After the action: the page again by GET when it worked, otherwise the form again with what was typed. */
    String after(boolean done) {
        return done ? page.shownAgain() : page.refused();
    }
}
