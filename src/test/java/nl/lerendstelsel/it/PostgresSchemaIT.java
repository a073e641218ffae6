package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import nl.lerendstelsel.infrastructure.persistence.MigrationsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema the migrations built on PostgreSQL (the stack's database): complete, every foreign key indexed, the audit log append-only. */
@ExtendWith(Stack.class)
class PostgresSchemaIT {

    @Test
    void theMigratedSchemaOnPostgresqlHasAnIndexForEveryForeignKey() throws Exception {
        assumeTrue(Stack.POSTGRESQL, "PostgreSQL run only; MigrationsTest checks Derby");
        String url = "jdbc:postgresql://localhost:" + Stack.POSTGRES_PORT + "/lerend_stack";
        try (Connection connection = DriverManager.getConnection(url, "lerend", "lerend");
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery(
                     "SELECT MAX(CAST(version AS NUMERIC)) FROM flyway_schema_history WHERE success")) {
            version.next();
            assertTrue(version.getInt(1) >= 14, "every migration applied, V14 (the foreign-key indexes) included");
            assertEquals(List.of(), MigrationsTest.unindexedForeignKeys(connection, "public"));
            MigrationsTest.auditEntriesCannotBeChangedOrDeleted(connection);
        }
    }
}
