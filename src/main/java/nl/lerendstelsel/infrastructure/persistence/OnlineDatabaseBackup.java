package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import nl.lerendstelsel.application.port.DatabaseBackup;

/** {@link DatabaseBackup} through the application's data source: Derby's online backup, refused for other databases. */
@ApplicationScoped
public class OnlineDatabaseBackup implements DatabaseBackup {

    @Override
    public String product() throws SQLException {
        try (Connection connection = DataSourceConfiguration.lookup().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    @Override
    public boolean canCopyOnline() throws SQLException {
        return product().toLowerCase(java.util.Locale.ROOT).contains("derby");
    }

    @Override
    public void copyTo(Path folder) throws SQLException, IOException {
        try (Connection connection = DataSourceConfiguration.lookup().getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("derby")) {
                throw new SQLException("An online copy needs embedded Derby, not " + connection.getMetaData().getDatabaseProductName());
            }
            Files.createDirectories(folder);
            DerbyBackup.backup(connection, folder);
        }
    }
}
