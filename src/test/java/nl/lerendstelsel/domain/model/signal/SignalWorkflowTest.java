package nl.lerendstelsel.domain.model.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every status × action × role: exactly the table's steps are allowed, everything else refused. */
class SignalWorkflowTest {

    private static String key(SignalStatus s, SignalAction a, SignalRole r) {
        return s + "/" + a + "/" + r;
    }

    /** The expected outcomes, written out independently of the table. */
    private static Map<String, SignalStatus> expected() {
        Map<String, SignalStatus> m = new HashMap<>();
        for (SignalStatus s : new SignalStatus[] {SignalStatus.CONCEPT, SignalStatus.INGEDIEND, SignalStatus.ONTVANGEN,
                SignalStatus.IN_BEHANDELING, SignalStatus.VRAGEN}) {
            m.put(key(s, SignalAction.KNELPUNT_TOEVOEGEN, SignalRole.COORDINATOR), s);
        }
        m.put(key(SignalStatus.CONCEPT, SignalAction.INDIENEN, SignalRole.COORDINATOR), SignalStatus.INGEDIEND);
        m.put(key(SignalStatus.INGEDIEND, SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY), SignalStatus.ONTVANGEN);
        m.put(key(SignalStatus.ONTVANGEN, SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY), SignalStatus.IN_BEHANDELING);
        m.put(key(SignalStatus.ONTVANGEN, SignalAction.VRAGEN_STELLEN, SignalRole.MINISTRY), SignalStatus.VRAGEN);
        m.put(key(SignalStatus.IN_BEHANDELING, SignalAction.VRAGEN_STELLEN, SignalRole.MINISTRY), SignalStatus.VRAGEN);
        m.put(key(SignalStatus.VRAGEN, SignalAction.VRAGEN_BEANTWOORDEN, SignalRole.COORDINATOR), SignalStatus.IN_BEHANDELING);
        m.put(key(SignalStatus.IN_BEHANDELING, SignalAction.TUSSENBERICHT, SignalRole.MINISTRY), SignalStatus.IN_BEHANDELING);
        m.put(key(SignalStatus.IN_BEHANDELING, SignalAction.BEANTWOORDEN, SignalRole.MINISTRY), SignalStatus.BEANTWOORD);
        m.put(key(SignalStatus.BEANTWOORD, SignalAction.SLUITEN, SignalRole.MINISTRY), SignalStatus.GESLOTEN);
        m.put(key(SignalStatus.BEANTWOORD, SignalAction.SLUITEN, SignalRole.COORDINATOR), SignalStatus.GESLOTEN);
        for (SignalStatus s : new SignalStatus[] {SignalStatus.INGEDIEND, SignalStatus.ONTVANGEN, SignalStatus.IN_BEHANDELING,
                SignalStatus.VRAGEN}) {
            m.put(key(s, SignalAction.INTREKKEN, SignalRole.COORDINATOR), SignalStatus.INGETROKKEN);
        }
        return m;
    }

    @Test
    void exactlyTheTableIsAllowed() {
        Map<String, SignalStatus> expected = expected();
        int allowed = 0;
        for (SignalStatus s : SignalStatus.values()) {
            for (SignalAction a : SignalAction.values()) {
                for (SignalRole r : SignalRole.values()) {
                    String k = key(s, a, r);
                    if (expected.containsKey(k)) {
                        assertEquals(expected.get(k), SignalWorkflow.next(s, a, r, "toelichting"), k);
                        allowed++;
                    } else {
                        assertThrows(SignalWorkflowException.class, () -> SignalWorkflow.next(s, a, r, "toelichting"), k);
                    }
                }
            }
        }
        assertEquals(expected.size(), allowed);
        assertEquals(SignalWorkflow.TABLE.size(), allowed);
    }

    @Test
    void questionsAnswersAndTheResponseNeedAText() {
        assertThrows(SignalWorkflowException.class,
                () -> SignalWorkflow.next(SignalStatus.IN_BEHANDELING, SignalAction.BEANTWOORDEN, SignalRole.MINISTRY, " "));
        assertThrows(SignalWorkflowException.class,
                () -> SignalWorkflow.next(SignalStatus.ONTVANGEN, SignalAction.VRAGEN_STELLEN, SignalRole.MINISTRY, null));
        assertThrows(SignalWorkflowException.class,
                () -> SignalWorkflow.next(SignalStatus.IN_BEHANDELING, SignalAction.TUSSENBERICHT, SignalRole.MINISTRY, ""));
        assertThrows(SignalWorkflowException.class,
                () -> SignalWorkflow.next(SignalStatus.ONTVANGEN, SignalAction.INTREKKEN, SignalRole.COORDINATOR, null),
                "a withdrawal gives a reason");
        assertEquals(SignalStatus.INGEDIEND, SignalWorkflow.next(SignalStatus.CONCEPT, SignalAction.INDIENEN, SignalRole.COORDINATOR, null));
        assertTrue(SignalWorkflow.allowed(SignalStatus.IN_BEHANDELING, SignalRole.MINISTRY)
                .containsAll(java.util.List.of(SignalAction.VRAGEN_STELLEN, SignalAction.BEANTWOORDEN)));
    }
}
