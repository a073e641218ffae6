package nl.lerendstelsel.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations on Derby (in memory), as {@link DatabaseMigration} runs them; {@code PostgresSchemaIT} runs the same
 * check on PostgreSQL. The audit log guard (triggers) is checked on both as well. Both databases must end with every foreign key backed by an index: Derby creates one for each
 * constraint, PostgreSQL none, so V14 adds them (a no-op on Derby).
 */
public class MigrationsTest {

    @Test
    void allMigrationsRunOnDerbyAndEveryForeignKeyIsIndexed() throws SQLException {
        String url = "jdbc:derby:memory:migrations-test;create=true";
        MigrateResult result = Flyway.configure(MigrationsTest.class.getClassLoader())
                .dataSource(url, "lerend", "lerend")
                .locations(DatabaseMigration.locationsFor("Apache Derby"))
                .placeholders(DatabaseMigration.placeholdersFor("Apache Derby"))
                .placeholderReplacement(true)
                .load()
                .migrate();
        assertTrue(result.success);
        try (Connection connection = DriverManager.getConnection(url, "lerend", "lerend")) {
            assertEquals(List.of(), unindexedForeignKeys(connection, "LEREND"));
            auditEntriesCannotBeChangedOrDeleted(connection);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:memory:migrations-test;drop=true");
            } catch (SQLException dropped) {
                // Derby reports a dropped database with an exception (08006)
            }
        }
    }

    /** The database-level guard of V17_1: an entry can be added, but an UPDATE or DELETE fails and changes nothing. */
    public static void auditEntriesCannotBeChangedOrDeleted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, action, object_type, object_id, result, origin, "
                    + "details) VALUES (-77, CURRENT_TIMESTAMP, 'test', 'TEST', 'Test', '1', 'SUCCESS', '127.0.0.1', NULL)");
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'iemand anders' WHERE id = -77"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry WHERE id = -77"));
            try (ResultSet row = statement.executeQuery("SELECT actor FROM audit_entry WHERE id = -77")) {
                assertTrue(row.next(), "the entry is still there");
                assertEquals("test", row.getString(1), "and unchanged");
            }
        }
    }

    /** Foreign keys whose columns are not the leading columns of an index of their table, as "table(columns)". */
    public static List<String> unindexedForeignKeys(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> missing = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            Map<String, List<String>> indexes = new HashMap<>();
            try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null) {
                        List<String> columns = indexes.computeIfAbsent(rows.getString("INDEX_NAME"), k -> new ArrayList<>());
                        int position = rows.getInt("ORDINAL_POSITION");
                        while (columns.size() < position) {
                            columns.add(null);
                        }
                        columns.set(position - 1, rows.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            Map<String, List<String>> foreignKeys = new HashMap<>();
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    List<String> columns = foreignKeys.computeIfAbsent(rows.getString("FK_NAME"), k -> new ArrayList<>());
                    int position = rows.getInt("KEY_SEQ");
                    while (columns.size() < position) {
                        columns.add(null);
                    }
                    columns.set(position - 1, rows.getString("FKCOLUMN_NAME").toLowerCase());
                }
            }
            for (List<String> key : foreignKeys.values()) {
                boolean covered = indexes.values().stream()
                        .anyMatch(index -> index.size() >= key.size() && index.subList(0, key.size()).equals(key));
                if (!covered) {
                    missing.add(table.toLowerCase() + "(" + String.join(", ", key) + ")");
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(missing));
    }
}
