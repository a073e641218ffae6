package nl.lerendstelsel.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void aUniqueKeyViolationDeepInTheCauseChainIsRecognised() {
        SQLException derby = new SQLIntegrityConstraintViolationException("duplicate key value", "23505");
        RuntimeException commit = new IllegalStateException("commit failed", new RuntimeException("rollback", derby));
        assertTrue(DuplicateKeys.causedBy(commit));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DuplicateKeys.causedBy(new RuntimeException(new SQLException("deadlock", "40001"))));
        assertFalse(DuplicateKeys.causedBy(new RuntimeException(new SQLException("foreign key", "23503"))));
        assertFalse(DuplicateKeys.causedBy(new IllegalStateException("no SQL at all")));
    }
}
