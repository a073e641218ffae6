package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.port.DatabaseBackup;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups for admins: with embedded Derby a consistent copy into {@code lerendstelsel.backup.dir}, taken while
 * people keep working; with PostgreSQL the operator uses {@code pg_dump} (docs/operations.md) and this refuses.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    @ConfigProperty(name = "lerendstelsel.backup.dir")
    Optional<String> backupDir;

    @Inject
    AuditLog auditLog;

    @Inject
    Profiles people;

    @Inject
    Clock clock;

    @Inject
    DatabaseBackup database;

    /** A finished backup: where it is, how large, how long it took. */
    public record Backup(Path folder, long bytes, long millis) {
    }

    public Backup backup(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.backup.adminsOnly"));
        }
        if (backupDir.isEmpty() || backupDir.get().isBlank()) {
            throw new NotPossibleException(Message.of("refusal.backup.noFolder"));
        }
        String actor = people.username(caller);
        long start = System.nanoTime();
        Path folder = Path.of(backupDir.get()).resolve(LocalDateTime.ofInstant(clock.instant(), DutchTime.ZONE).format(STAMP));
        try {
            if (!database.canCopyOnline()) {
                throw new NotPossibleException(Message.of("refusal.backup.pgDump", database.product()));
            }
            database.copyTo(folder);
        } catch (SQLException e) {
            auditLog.recordSeparately(actor, "BEHEER_BACK_UP", "Database", folder.toString(), AuditEntry.Result.FAILED,
                    caller.origin(), e.getMessage());
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Backup backup = new Backup(folder, size(folder), (System.nanoTime() - start) / 1_000_000);
        auditLog.recordSeparately(actor, "BEHEER_BACK_UP", "Database", folder.toString(), AuditEntry.Result.SUCCESS,
                caller.origin(), backup.bytes() + " bytes");
        LOG.info(() -> "Backup in " + backup.folder() + " (" + backup.bytes() + " bytes, " + backup.millis() + " ms)");
        return backup;
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
