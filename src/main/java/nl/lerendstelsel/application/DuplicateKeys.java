package nl.lerendstelsel.application;

import java.sql.SQLException;

/** Recognises the losing side of two transactions inserting the same unique key at the same moment. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Whether a failed write (at flush or commit) broke a unique key: SQL state 23505 on Derby and PostgreSQL alike. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
