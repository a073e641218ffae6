package nl.lerendstelsel.infrastructure.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Online backup and restore of the embedded Derby database with Derby's own procedures: a backup is a consistent
 * copy taken while the application runs ({@code SYSCS_BACKUP_DATABASE}); a restore rebuilds a database from such a
 * copy ({@code restoreFrom}) while the application is stopped. {@code tools/restore.sh} runs {@link #main}.
 */
public final class DerbyBackup {

    /** The name of the database folder inside a backup (Derby names it after the database). */
    public static final String DATABASE = "lerend-stelsel";

    private DerbyBackup() {
    }

    /** Backs up the database of {@code connection} into {@code folder} (created); returns the copy's database folder. */
    public static Path backup(Connection connection, Path folder) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
        return folder.resolve(DATABASE);
    }

    /**
     * Rebuilds the database at {@code database} from a backup's database folder; an existing database there is replaced
     * by Derby. Afterwards the restored database is shut down cleanly.
     */
    public static void restore(Path backupDatabase, Path database) throws SQLException {
        if (!Files.isDirectory(backupDatabase.resolve("seg0"))) {
            throw new IllegalArgumentException(backupDatabase + " is geen Derby-back-up / is not a Derby backup");
        }
        String url = "jdbc:derby:" + database.toAbsolutePath();
        try (Connection restored = DriverManager.getConnection(url + ";restoreFrom=" + backupDatabase.toAbsolutePath())) {
            restored.getMetaData();
        }
        shutdown(url);
    }

    /** Shuts one embedded database down (Derby reports success as SQL state 08006). */
    public static void shutdown(String url) throws SQLException {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** {@code restore <backup database folder> <database folder>}, with the application stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Gebruik / usage: DerbyBackup <back-upmap>/" + DATABASE + " <data>/derby/" + DATABASE);
            System.exit(2);
        }
        restore(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Teruggezet / restored: " + args[1]);
    }
}
