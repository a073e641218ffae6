package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets of the rate limits on writes (quality bar S7), on a fake clock. */
class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(clock::get, 1000);
    private static final RateLimiter.Limit SIXTY = new RateLimiter.Limit(60, 30);

    private void advanceSeconds(double seconds) {
        clock.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
    }

    private int allowedInARow(String key, RateLimiter.Limit limit, int tries) {
        int allowed = 0;
        for (int i = 0; i < tries && limiter.acquire(key, limit).allowed(); i++) {
            allowed++;
        }
        return allowed;
    }

    @Test
    void aBurstPassesThenOnePerSecondAtSixtyAMinute() {
        assertEquals(30, allowedInARow("user:a", SIXTY, 100), "the burst");
        RateLimiter.Decision refused = limiter.acquire("user:a", SIXTY);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        advanceSeconds(0.5);
        assertFalse(limiter.acquire("user:a", SIXTY).allowed(), "half a token is not a token");
        advanceSeconds(0.5);
        assertTrue(limiter.acquire("user:a", SIXTY).allowed());
        assertFalse(limiter.acquire("user:a", SIXTY).allowed());
        advanceSeconds(10);
        assertEquals(10, allowedInARow("user:a", SIXTY, 100), "ten seconds give ten writes");
    }

    @Test
    void sustainedRateIsTheLimitPerMinute() {
        int allowed = 0;
        for (int second = 0; second < 600; second++) { // ten minutes, five writes a second
            for (int i = 0; i < 5; i++) {
                if (limiter.acquire("user:b", SIXTY).allowed()) {
                    allowed++;
                }
            }
            advanceSeconds(1);
        }
        assertEquals(30 + 599, allowed, "the burst plus one a second");
    }

    @Test
    void retryAfterSaysWhenTheNextTokenComes() {
        RateLimiter.Limit sixAMinute = new RateLimiter.Limit(6, 2);
        assertEquals(2, allowedInARow("address:x", sixAMinute, 10));
        assertEquals(10, limiter.acquire("address:x", sixAMinute).retryAfterSeconds());
        advanceSeconds(4);
        assertEquals(6, limiter.acquire("address:x", sixAMinute).retryAfterSeconds());
    }

    @Test
    void keysAreIndependentAndZeroIsNoLimit() {
        assertEquals(30, allowedInARow("user:a", SIXTY, 100));
        assertEquals(30, allowedInARow("user:c", SIXTY, 100), "another user has a bucket of their own");
        RateLimiter.Limit off = new RateLimiter.Limit(0, 30);
        assertTrue(off.off());
        assertEquals(10_000, allowedInARow("user:a", off, 10_000));
        assertEquals(0, limiter.size() - 2, "no bucket for a switched-off limit");
    }

    @Test
    void aRefusalIsAuditedAtMostOnceAMinutePerBucket() {
        RateLimiter.Limit one = new RateLimiter.Limit(1, 1);
        assertTrue(limiter.acquire("user:d", one).allowed());
        assertTrue(limiter.acquire("user:d", one).audit(), "the first refusal");
        int audited = 0;
        for (int i = 0; i < 1000; i++) {
            RateLimiter.Decision decision = limiter.acquire("user:d", one);
            assertFalse(decision.allowed());
            audited += decision.audit() ? 1 : 0;
        }
        assertEquals(0, audited, "no log flooding");
        advanceSeconds(61);
        assertTrue(limiter.acquire("user:d", one).allowed());
        assertTrue(limiter.acquire("user:d", one).audit(), "a minute later the next refusal is recorded again");
    }

    @Test
    void memoryStaysBounded() {
        RateLimiter small = new RateLimiter(clock::get, 100);
        for (int i = 0; i < 100; i++) {
            assertTrue(small.acquire("address:10.0.0." + i, SIXTY).allowed());
        }
        assertEquals(100, small.size());
        // All 100 are in use (just wrote): newcomers share the overflow bucket instead of growing the map.
        int allowed = 0;
        for (int i = 0; i < 1000; i++) {
            allowed += small.acquire("address:192.168.0." + i, SIXTY).allowed() ? 1 : 0;
        }
        assertEquals(101, small.size());
        assertEquals(30, allowed, "the newcomers together get one burst");
        // Idle buckets that are full again are forgotten (one that refused is kept for a minute, for its audit).
        advanceSeconds(31);
        small.sweep(clock.get());
        assertEquals(1, small.size());
        advanceSeconds(30);
        small.sweep(clock.get());
        assertEquals(0, small.size());
        assertTrue(small.acquire("address:192.168.0.1", SIXTY).allowed());
        assertEquals(1, small.size());
    }
}
