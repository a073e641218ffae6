package nl.lerendstelsel.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells whether a failure means "the database cannot be reached right now" (stopped, restarting, the network to it
 * gone) rather than a fault of the application. Such a failure is temporary: the pages answer 503 with an incident
 * id and the API a 503 problem, and the connection pool recovers by itself once the database is back (it validates
 * every connection before handing it out).
 *
 * <p>Recognised anywhere in the cause chain (EJB, JPA, EclipseLink and the connection pool wrap the driver's
 * exception several times): the JDBC connection-exception classes, SQLState class {@code 08} (connection
 * exception, both Derby and PostgreSQL), PostgreSQL's {@code 57P01}-{@code 57P03} (administrator shutdown, crash
 * shutdown, cannot connect now) and Derby's {@code 08006}/{@code XJ040} (database shut down, failed to start), and
 * the pool's own "cannot allocate a connection" ({@code jakarta.resource.ResourceException}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the database is unreachable. */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
            if (isPoolAllocationFailure(t)) {
                return true;
            }
        }
        return false;
    }

    /** A one-line description for the log: the innermost cause's class and message (no stack trace). */
    public static String describe(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            root = t;
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getName() + message;
    }

    static boolean unavailableState(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        return sqlState.startsWith("08")
                || sqlState.equals("57P01") || sqlState.equals("57P02") || sqlState.equals("57P03")
                || sqlState.equals("XJ040");
    }

    /** Payara's pool: "Error in allocating a connection" is a {@code jakarta.resource.ResourceException} subclass. */
    private static boolean isPoolAllocationFailure(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
