package nl.lerendstelsel.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One table's inserts as JDBC batches: {@link #add} binds a row (Long, Integer, Double, String, Boolean, Instant, LocalDate
 * or null, in column order) and sends the batch every {@value #BATCH} rows (deferred rows only when flushed); {@link #flush}
 * sends the rest. Counts the rows.
 */
final class Rows implements AutoCloseable {

    static final int BATCH = 1_000;

    private final String table;
    private final boolean deferred;
    private final PreparedStatement statement;
    private final int[] sqlTypes;
    private int pending;
    private long count;

    Rows(Connection connection, String table, String... columns) throws SQLException {
        this(connection, false, table, columns);
    }

    /**
     * Rows that refer to rows of another table still in its batch: sent only by {@link #flush()}, which the caller calls
     * after flushing the table they refer to.
     */
    static Rows deferred(Connection connection, String table, String... columns) throws SQLException {
        return new Rows(connection, true, table, columns);
    }

    private Rows(Connection connection, boolean deferred, String table, String... columns) throws SQLException {
        this.table = table;
        this.deferred = deferred;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)";
        this.statement = connection.prepareStatement(sql);
        this.sqlTypes = new int[columns.length];
        ParameterMetaData meta = statement.getParameterMetaData();
        for (int i = 0; i < columns.length; i++) {
            int type;
            try {
                type = meta.getParameterType(i + 1);
            } catch (SQLException unknown) {
                type = Types.VARCHAR;
            }
            sqlTypes[i] = type;
        }
    }

    void add(Object... values) throws SQLException {
        if (values.length != sqlTypes.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + sqlTypes.length + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, sqlTypes[i]);
            } else if (value instanceof Long l) {
                statement.setLong(index, l);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else if (value instanceof Double d) {
                statement.setDouble(index, d);
            } else if (value instanceof String s) {
                statement.setString(index, s);
            } else if (value instanceof Boolean b) {
                statement.setBoolean(index, b);
            } else if (value instanceof Instant t) {
                statement.setTimestamp(index, Timestamp.from(t));
            } else if (value instanceof LocalDate d) {
                statement.setDate(index, Date.valueOf(d));
            } else {
                throw new IllegalArgumentException(table + ": cannot bind " + value.getClass());
            }
        }
        statement.addBatch();
        count++;
        if (++pending >= BATCH && !deferred) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long count() {
        return count;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
