package nl.lerendstelsel.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    /** A real refusal by the PostgreSQL driver: a port nobody listens on. */
    private static SQLException refusedByPostgres() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/lerend?connectTimeout=2";
        return assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "lerend", "lerend"));
    }

    @Test
    void aRefusedConnectionWrappedTheWayTheStackWrapsItIsUnavailability() throws Exception {
        SQLException refused = refusedByPostgres();
        assertTrue(refused.getSQLState().startsWith("08"), refused.getSQLState());
        SQLException pool = new SQLException("Error in allocating a connection. Cause: " + refused.getMessage(),
                new ResourceAllocationException("Connection could not be allocated", refused));
        RuntimeException chain = new EJBException(new PersistenceException(DatabaseException.sqlException(pool, false)));
        assertTrue(DatabaseUnavailable.isCause(chain));
        // the log line names the innermost cause, without a stack trace
        assertEquals("java.net.ConnectException: Connection refused", DatabaseUnavailable.describe(chain));
    }

    @Test
    void theServersShutdownStatesAndThePoolsAllocationFailureAreUnavailability() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(new ResourceAllocationException("no connection"))));
    }

    @Test
    void faultsOfTheApplicationOrOfTheDataAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.isCause(new OptimisticLockException("lost update")));
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("syntax error at or near", "42601")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
    }

    @Test
    void aCyclicCauseChainEnds() {
        SQLException first = new SQLException("first", "42000");
        SQLException second = new SQLException("second", "42000", first);
        first.setNextException(second);
        assertFalse(DatabaseUnavailable.isCause(second));
        assertEquals("java.sql.SQLException: first", DatabaseUnavailable.describe(second));
    }
}
