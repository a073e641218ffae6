package nl.lerendstelsel.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read query that failed on a communication error three times, five seconds apart, by default.
 * With the database stopped that held every request for 10 to 15 seconds before the person saw anything (measured with
 * {@code tools/fault-db-restart.sh}), and kept request threads busy while more arrived. The connection pool already
 * validates each connection before handing it out and replaces dead ones, so the retry buys nothing here: a query fails
 * at once and the person gets the 503 page (or API problem) straight away. Registered in {@code persistence.xml}.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
