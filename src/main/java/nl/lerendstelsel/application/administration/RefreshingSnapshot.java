package nl.lerendstelsel.application.administration;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a while: the rule of {@link ReferenceDataService}'s cache.
 * <ul>
 *     <li>A snapshot is used while it is younger than {@code maxAgeMillis}, counted from when its read <em>began</em> (a
 *     change committed during the read may be missing from it, so it must not live longer than that).</li>
 *     <li>{@link #invalidate()} (a change committed on this node) makes every snapshot read before it unusable at once,
 *     including one whose read was still running: each snapshot carries the generation it was read in, and only one of
 *     the current generation is used.</li>
 *     <li>When a snapshot of the current generation has only grown too old, one caller re-reads it and the others keep
 *     using the old one meanwhile (no crowd of identical queries, no caller waits for another). Nobody ever waits on a
 *     lock here: a caller inside a transaction that holds database locks cannot deadlock with a re-read.</li>
 * </ul>
 * The value must be immutable: it is shared by every thread.
 */
public final class RefreshingSnapshot<T> {

    private record Entry<T>(T value, long readAtMillis, long generation) {
    }

    private final long maxAgeMillis;
    private final LongSupplier clockMillis;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Entry<T> entry;

    /** {@code clockMillis}: a monotonic clock in milliseconds. */
    public RefreshingSnapshot(long maxAgeMillis, LongSupplier clockMillis) {
        this.maxAgeMillis = maxAgeMillis;
        this.clockMillis = clockMillis;
    }

    /** With the JVM's monotonic clock. */
    public RefreshingSnapshot(long maxAgeMillis) {
        this(maxAgeMillis, () -> System.nanoTime() / 1_000_000);
    }

    /** The kept value if it may still be used, else what {@code read} returns now (kept for the next callers). */
    public T get(Supplier<T> read) {
        long now = clockMillis.getAsLong();
        long current = generation.get();
        Entry<T> kept = entry;
        if (kept != null && kept.generation() == current) {
            if (now - kept.readAtMillis() < maxAgeMillis) {
                return kept.value();
            }
            if (!refreshing.compareAndSet(false, true)) {
                return kept.value(); // another caller is re-reading it right now
            }
            try {
                return read(read, now, current);
            } finally {
                refreshing.set(false);
            }
        }
        return read(read, now, current);
    }

    /** Forget what was read: the next {@link #get} reads again, and a read running now is not kept. */
    public void invalidate() {
        generation.incrementAndGet();
        entry = null;
    }

    private T read(Supplier<T> read, long startedMillis, long readGeneration) {
        T value = read.get();
        if (generation.get() == readGeneration) {
            entry = new Entry<>(value, startedMillis, readGeneration);
        }
        return value;
    }
}
