package nl.lerendstelsel.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rule of the reference-data cache: used while young, read again when old or after a change on this node. */
class RefreshingSnapshotTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final RefreshingSnapshot<String> snapshot = new RefreshingSnapshot<>(5_000, now::get);

    private String read() {
        return "versie " + reads.incrementAndGet();
    }

    @Test
    void aYoungSnapshotIsUsedWithoutReading() {
        assertEquals("versie 1", snapshot.get(this::read));
        now.addAndGet(4_999);
        assertEquals("versie 1", snapshot.get(this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void anOldSnapshotIsReadAgain() {
        snapshot.get(this::read);
        now.addAndGet(5_000);
        assertEquals("versie 2", snapshot.get(this::read), "a change on another node shows after at most the age");
        assertEquals("versie 2", snapshot.get(this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void aChangeOnThisNodeShowsAtOnce() {
        snapshot.get(this::read);
        snapshot.invalidate();
        assertEquals("versie 2", snapshot.get(this::read));
        assertEquals("versie 2", snapshot.get(this::read));
    }

    @Test
    void theAgeCountsFromTheStartOfTheRead() {
        snapshot.get(() -> {
            now.addAndGet(3_000); // a slow read: a change committed meanwhile may be missing from it
            return read();
        });
        now.addAndGet(2_000); // 5 s after the read began, 2 s after it ended
        assertEquals("versie 2", snapshot.get(this::read));
    }

    @Test
    void aReadOvertakenByAChangeIsNotKept() {
        String during = snapshot.get(() -> {
            String value = read();
            snapshot.invalidate(); // the change commits while the read runs: the read may hold the old values
            return value;
        });
        assertEquals("versie 1", during, "the caller gets what it read");
        assertEquals("versie 2", snapshot.get(this::read), "but the next caller reads again");
        assertEquals("versie 2", snapshot.get(this::read));
    }

    @Test
    void whileOneCallerReReadsAnOldSnapshotTheOthersUseTheOldOne() {
        snapshot.get(this::read);
        now.addAndGet(6_000);
        String[] seenByOther = new String[1];
        String refreshed = snapshot.get(() -> {
            seenByOther[0] = snapshot.get(this::read); // another request meanwhile: no second query, no waiting
            return read();
        });
        assertEquals("versie 1", seenByOther[0]);
        assertEquals("versie 2", refreshed);
        assertEquals(2, reads.get());
    }

    @Test
    void afterAChangeNobodyGetsTheOldSnapshotEvenWhileAnotherReads() {
        snapshot.get(this::read);
        snapshot.invalidate();
        String[] seenByOther = new String[1];
        snapshot.get(() -> {
            seenByOther[0] = snapshot.get(this::read);
            return read();
        });
        assertEquals("versie 2", seenByOther[0], "invalidated values are never handed out");
    }

    @Test
    void aFailedReadKeepsNothingAndTheNextCallerTriesAgain() {
        snapshot.get(this::read);
        now.addAndGet(6_000);
        assertThrows(IllegalStateException.class, () -> snapshot.get(() -> {
            throw new IllegalStateException("database weg");
        }));
        assertEquals("versie 2", snapshot.get(this::read));
    }
}
