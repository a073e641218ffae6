package nl.lerendstelsel.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import nl.lerendstelsel.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private volatile DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            int version = migration.schemaVersion();
            return HealthCheckResponse.named("database")
                    .status(valid && version > 0)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", version)
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            found = DataSourceConfiguration.lookup();
            dataSource = found;
        }
        return found;
    }
}
