package nl.lerendstelsel.application.port;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * An online copy of the running database (implemented in infrastructure: {@code OnlineDatabaseBackup}, Derby's own
 * backup procedure). Only embedded Derby can be copied this way; for PostgreSQL the operator uses {@code pg_dump}.
 */
public interface DatabaseBackup {

    /** The name of the database product in use, e.g. "Apache Derby" or "PostgreSQL". */
    String product() throws SQLException;

    /** Whether {@link #copyTo} works for this database. */
    boolean canCopyOnline() throws SQLException;

    /** Copies the database into {@code folder} (created when missing), consistently, while people keep working. */
    void copyTo(Path folder) throws SQLException, IOException;
}
