package nl.lerendstelsel.infrastructure.security;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Token buckets in memory, one per key (a signed-in user, a client address), for the rate limits on writes (quality
 * bar S7). A bucket holds at most {@code burst} tokens and gains {@code perMinute} tokens a minute, continuously; every
 * write takes one. An empty bucket refuses and says how long until the next token.
 *
 * <p>Memory stays bounded: a bucket that has been idle long enough to be full again is the same as no bucket, so
 * such buckets are dropped (swept every so many calls). When, even so, {@code maxBuckets} are in use (many addresses at
 * once), new keys share one overflow bucket with the limit asked for: they are limited together rather than not at all.
 * One node only: with several nodes each counts its own requests.
 */
public final class RateLimiter {

    /** A limit: {@code perMinute} tokens a minute, at most {@code burst} at once; {@code perMinute <= 0} is no limit. */
    public record Limit(int perMinute, int burst) {
        public Limit {
            burst = perMinute <= 0 ? 0 : Math.max(1, burst);
        }

        public boolean off() {
            return perMinute <= 0;
        }

        double tokensPerNano() {
            return perMinute / (double) TimeUnit.MINUTES.toNanos(1);
        }
    }

    /**
     * The answer for one request: allowed or not; if not, after how many seconds a retry will pass
     * ({@code retryAfterSeconds}, at least 1) and whether this refusal should go in the audit log (the first of its
     * bucket in a minute).
     */
    public record Decision(boolean allowed, long retryAfterSeconds, boolean audit) {
        static final Decision ALLOWED = new Decision(true, 0, false);
    }

    static final String OVERFLOW_KEY = "\u0000overflow";
    private static final long AUDIT_INTERVAL = TimeUnit.MINUTES.toNanos(1);
    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final int maxBuckets;
    private int callsSinceSweep;

    public RateLimiter(LongSupplier nanoClock, int maxBuckets) {
        this.nanoClock = nanoClock;
        this.maxBuckets = maxBuckets;
    }

    public RateLimiter(int maxBuckets) {
        this(System::nanoTime, maxBuckets);
    }

    /** Takes one token from the bucket of {@code key}, created full with {@code limit} on first use. */
    public Decision acquire(String key, Limit limit) {
        if (limit.off()) {
            return Decision.ALLOWED;
        }
        long now = nanoClock.getAsLong();
        sweepNowAndThen(now);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxBuckets) {
                sweep(now);
            }
            String actualKey = buckets.size() >= maxBuckets ? OVERFLOW_KEY : key;
            bucket = buckets.computeIfAbsent(actualKey, k -> new Bucket(limit, now));
        }
        return bucket.take(limit, now);
    }

    /** The number of buckets kept (for tests and diagnostics). */
    public int size() {
        return buckets.size();
    }

    private void sweepNowAndThen(long now) {
        boolean due;
        synchronized (this) {
            due = ++callsSinceSweep >= SWEEP_EVERY;
            if (due) {
                callsSinceSweep = 0;
            }
        }
        if (due) {
            sweep(now);
        }
    }

    /** Drops every bucket that is full again: forgetting it changes nothing. */
    void sweep(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().fullAt(now)) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;
        private long lastAudit;
        private boolean audited;
        private Limit limit;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        synchronized Decision take(Limit current, long now) {
            if (!current.equals(limit)) {
                limit = current;
                tokens = Math.min(tokens, current.burst());
            }
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / limit.tokensPerNano());
            long retryAfter = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
            boolean audit = !audited || now - lastAudit >= AUDIT_INTERVAL;
            if (audit) {
                audited = true;
                lastAudit = now;
            }
            return new Decision(false, retryAfter, audit);
        }

        private void refill(long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(limit.burst(), tokens + elapsed * limit.tokensPerNano());
                updated = now;
            }
        }

        synchronized boolean fullAt(long now) {
            long elapsed = Math.max(0, now - updated);
            boolean full = tokens + elapsed * limit.tokensPerNano() >= limit.burst();
            // Keep a bucket that refused recently, so its audit stays at one entry a minute.
            return full && (!audited || now - lastAudit >= AUDIT_INTERVAL);
        }
    }
}
