package nl.lerendstelsel.infrastructure.diagnostics;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on the current thread, between {@link #start()} and
 * {@link #stop()}. Registered for the persistence unit in {@code persistence.xml}; while no count is running on a
 * thread it costs one thread-local lookup per statement. Used by the diagnostics filter to show how many statements
 * a page needs (bar P5: the number must not grow with the rows shown).
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread (from zero). */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and returns the number of statements since {@link #start()}. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null && event.getCall() instanceof DatabaseCall) {
            count[0]++;
        }
    }
}
