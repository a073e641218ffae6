package nl.lerendstelsel.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 27: refused requests are audited, throttled per person or address so that a scanner cannot flood the log. */
class AccessDenialsTest {

    @Test
    void theFirstTenAMinuteAreRecordedThenOneLineSaysTheRestAreNot() {
        AccessDenials.Throttle throttle = new AccessDenials.Throttle(10, 60_000, 1000);
        List<AccessDenials.Throttle.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            verdicts.add(throttle.admit("address:203.0.113.9", 1_000 + i));
        }
        assertEquals(10, verdicts.stream().filter(v -> v == AccessDenials.Throttle.Verdict.RECORD).count());
        assertEquals(AccessDenials.Throttle.Verdict.LAST, verdicts.get(10));
        assertEquals(39, verdicts.stream().filter(v -> v == AccessDenials.Throttle.Verdict.DROP).count());
        assertEquals(AccessDenials.Throttle.Verdict.RECORD, throttle.admit("user:professional", 1_100), "another person counts apart");
        assertEquals(AccessDenials.Throttle.Verdict.RECORD, throttle.admit("address:203.0.113.9", 61_000), "a new minute");
        assertEquals(AccessDenials.Throttle.Verdict.DROP, AccessDenials.Throttle.worst(AccessDenials.Throttle.Verdict.RECORD,
                AccessDenials.Throttle.Verdict.DROP));
        assertEquals(AccessDenials.Throttle.Verdict.LAST, AccessDenials.Throttle.worst(AccessDenials.Throttle.Verdict.LAST,
                AccessDenials.Throttle.Verdict.RECORD));
    }
}
