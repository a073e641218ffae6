package nl.lerendstelsel.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** The application's Flyway migrations for test-scope tools: the same locations and placeholders as {@link DatabaseMigration}. */
public final class Migrations {

    private Migrations() {
    }

    /** A Flyway for this database (Derby or PostgreSQL, told apart as the application does). */
    public static Flyway flyway(String url, String user, String password) throws SQLException {
        return flyway(url, user, password, false);
    }

    /** Drops everything in the database's schema (Flyway clean): for a generator that was told to overwrite. */
    public static void clean(String url, String user, String password) throws SQLException {
        flyway(url, user, password, true).clean();
    }

    private static Flyway flyway(String url, String user, String password, boolean mayClean) throws SQLException {
        String product;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(DatabaseMigration.locationsFor(product))
                .placeholders(DatabaseMigration.placeholdersFor(product))
                .placeholderReplacement(true)
                .cleanDisabled(!mayClean)
                .load();
    }

    /** Brings the schema up to date; returns the number of migrations applied. */
    public static int migrate(String url, String user, String password) throws SQLException {
        return flyway(url, user, password).migrate().migrationsExecuted;
    }
}
