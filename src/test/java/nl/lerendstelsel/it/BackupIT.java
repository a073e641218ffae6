package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import nl.lerendstelsel.infrastructure.persistence.DerbyBackup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup round trip (R5) as an operator does it: an online backup through the API while the application runs,
 * then {@code tools/restore.sh} into another data folder, and the restored database holds exactly what was there at
 * the moment of the backup.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class BackupIT {

    @Test
    void aBackupTakenWhileRunningRestoresToThatMoment() throws Exception {
        assumeFalse(Stack.POSTGRESQL, "Derby's online backup; PostgreSQL is backed up with pg_dump (docs/operations.md)");
        String before = ApiClient.call("POST", "/api/v1/knelpunten", "professional",
                SignalsApiIT.report("Back-up: knelpunt van voor de back-up", "Dit knelpunt staat in de back-up."), "application/json")
                .body().getString("referentie");

        assertEquals(403, ApiClient.call("POST", "/api/v1/beheer/back-ups", "coordinator", null, "application/json").status());
        ApiClient.Reply backup = ApiClient.call("POST", "/api/v1/beheer/back-ups", "admin", null, "application/json");
        assertEquals(201, backup.status(), backup.raw());
        Path folder = Path.of(backup.body().getString("map"));
        assertTrue(Files.isDirectory(folder.resolve("lerend-stelsel/seg0")), folder.toString());
        assertTrue(backup.body().getJsonNumber("bytes").longValue() > 0);

        String after = ApiClient.call("POST", "/api/v1/knelpunten", "professional",
                SignalsApiIT.report("Back-up: knelpunt van na de back-up", "Dit knelpunt kwam na de back-up."), "application/json")
                .body().getString("referentie");

        Path data = Files.createTempDirectory("herstel");
        Path projectDir = Path.of(System.getProperty("lerend.project.dir", "..")).toAbsolutePath().normalize();
        Process restore = new ProcessBuilder("bash", projectDir.resolve("tools/restore.sh").toString(), folder.toString(), data.toString())
                .redirectErrorStream(true).start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(restore.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, restore.exitValue(), output);

        String url = "jdbc:derby:" + data.resolve("derby/lerend-stelsel");
        try (Connection restored = DriverManager.getConnection(url, "lerend", "lerend")) { // the application's schema is its user's
            assertTrue(count(restored, "SELECT COUNT(*) FROM user_profile", null) >= 2, "the people");
            assertEquals(1, count(restored, "SELECT COUNT(*) FROM bottleneck WHERE reference = ?", before));
            assertEquals(0, count(restored, "SELECT COUNT(*) FROM bottleneck WHERE reference = ?", after), "nothing from after it");
            assertTrue(count(restored, "SELECT COUNT(*) FROM organisation", null) >= 342, "reference data included");
        } finally {
            DerbyBackup.shutdown(url);
        }
    }

    private static long count(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
