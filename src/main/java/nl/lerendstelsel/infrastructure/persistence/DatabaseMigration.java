package nl.lerendstelsel.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. The migrations are
 * plain SQL shared by Derby and PostgreSQL; the few types that differ are Flyway placeholders
 * ({@code ${text}} for unbounded text). What cannot be written the same way (triggers) lives in a second location per
 * database, {@code db/migration-derby} or {@code db/migration-postgresql}, with versions between the shared ones.
 * EclipseLink never generates or drops tables.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private DataSource dataSource;

    private volatile int schemaVersion;

    @PostConstruct
    void migrate() {
        dataSource = DataSourceConfiguration.lookup();
        LOG.info(() -> "Data source " + DataSourceConfiguration.jndiName());
        String product = databaseProduct();
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(product))
                .placeholders(placeholdersFor(product))
                .placeholderReplacement(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? 0
                : flyway.info().current().getVersion().getMajor().intValue(); // 17.1 (a per-database step) counts as 17
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The schema version the database is at; a readiness check reads it. */
    public int schemaVersion() {
        return schemaVersion;
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("De database is niet bereikbaar / The database cannot be reached", e);
        }
    }

    /** The shared migrations and those of this database only. */
    public static String[] locationsFor(String databaseProduct) {
        boolean postgres = databaseProduct.toLowerCase().contains("postgres");
        return new String[] {"classpath:db/migration", postgres ? "classpath:db/migration-postgresql" : "classpath:db/migration-derby"};
    }

    static Map<String, String> placeholdersFor(String databaseProduct) {
        boolean postgres = databaseProduct.toLowerCase().contains("postgres");
        return Map.of(
                "text", postgres ? "TEXT" : "CLOB",
                "blob", postgres ? "BYTEA" : "BLOB");
    }
}
