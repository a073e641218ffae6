package nl.lerendstelsel.application.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** Who hears of what happens to a signal: decided in one place, from the signal's history and the ministry's people. */
class SignalRecipientsTest {

    private static final Set<Long> MINISTRY = Set.of(10L, 11L);

    private final UserProfile author = person(1L, Role.COORDINATOR);
    private final UserProfile colleague = person(2L, Role.COORDINATOR);
    private final UserProfile handler = person(10L, Role.MINISTRY);
    private final UserProfile reporter = person(20L, Role.PROFESSIONAL);

    private Set<Long> told(Occasion occasion, Signal signal) {
        return SignalRecipients.of(occasion, signal, () -> MINISTRY, b -> List.of());
    }

    @Test
    void aSubmissionGoesToEveryoneAtTheMinistry() {
        Signal signal = new Signal("SIG-2026-001", author, Instant.EPOCH);
        assertEquals(Set.of(10L, 11L), told(Occasion.SUBMITTED, signal));
    }

    @Test
    void theCoordinatorReachesWhoeverHandlesItAtTheMinistryOrEveryoneThereWhileNobodyDoes() {
        Signal signal = new Signal("SIG-2026-002", author, Instant.EPOCH);
        assertEquals(Set.of(10L, 11L), told(Occasion.FROM_COORDINATOR, signal));
        signal.note(SignalEvent.EDITED, reporter, null, Instant.EPOCH);
        assertEquals(Set.of(10L, 11L), told(Occasion.FROM_COORDINATOR, signal), "only ministry people count as involved");
        signal.note(SignalAction.ONTVANGST_BEVESTIGEN.name(), handler, null, Instant.EPOCH);
        assertEquals(Set.of(10L), told(Occasion.FROM_COORDINATOR, signal));
    }

    @Test
    void theMinistryReachesTheAuthorAndEveryCoordinatorWhoActed() {
        Signal signal = new Signal("SIG-2026-003", author, Instant.EPOCH);
        assertEquals(Set.of(1L), told(Occasion.FROM_MINISTRY, signal));
        signal.note(SignalEvent.EDITED, colleague, null, Instant.EPOCH);
        signal.note(SignalAction.ONTVANGST_BEVESTIGEN.name(), handler, null, Instant.EPOCH);
        assertEquals(Set.of(1L, 2L), told(Occasion.FROM_MINISTRY, signal));
        assertEquals(Set.of(1L, 2L, 10L), told(Occasion.CLOSED, signal));
    }

    @Test
    void followUpGoesToEveryoneAroundItsKnelpunten() {
        Signal signal = new Signal("SIG-2026-004", author, Instant.EPOCH);
        assertEquals(Set.of(), SignalRecipients.of(Occasion.FOLLOW_UP, signal, () -> {
            throw new AssertionError("the ministry is not read for the follow-up");
        }, b -> List.of(20L)));
    }

    @Test
    void anInterimAnswerGoesToTheCoordinatorsAndEveryoneAroundItsKnelpuntenButNotTheMinistry() {
        Signal signal = new Signal("SIG-2026-006", author, Instant.EPOCH);
        signal.note(SignalEvent.EDITED, colleague, null, Instant.EPOCH);
        signal.note(SignalAction.ONTVANGST_BEVESTIGEN.name(), handler, null, Instant.EPOCH);
        assertEquals(Set.of(1L, 2L), SignalRecipients.of(Occasion.NEWS, signal, () -> {
            throw new AssertionError("the ministry is not read for an interim answer");
        }, b -> List.of(20L)));
    }

    @Test
    void whoeverOwnsItAtTheMinistryHearsFromTheCoordinator() {
        Signal signal = new Signal("SIG-2026-007", author, Instant.EPOCH);
        signal.perform(SignalAction.INDIENEN, nl.lerendstelsel.domain.model.signal.SignalRole.COORDINATOR, author, null, Instant.EPOCH);
        signal.assignOwner(person(11L, Role.MINISTRY), handler, Instant.EPOCH);
        assertEquals(Set.of(10L, 11L), told(Occasion.FROM_COORDINATOR, signal), "the owner and who assigned it");
    }

    @Test
    void aPassedDeadlineAlsoRemindsWhoeverSubmittedIt() {
        Signal signal = new Signal("SIG-2026-005", author, Instant.EPOCH);
        assertEquals(Set.of(10L, 11L), SignalRecipients.reminded(signal, MINISTRY, false));
        assertEquals(Set.of(1L, 10L, 11L), SignalRecipients.reminded(signal, MINISTRY, true), "the author, when nobody submitted it");
        signal.note(SignalAction.INDIENEN.name(), colleague, null, Instant.EPOCH);
        assertEquals(Set.of(2L, 10L, 11L), SignalRecipients.reminded(signal, MINISTRY, true));
    }

    private static UserProfile person(Long id, Role role) {
        UserProfile person = new UserProfile(new IdentityClaims("sub-" + id, "user" + id, "Person " + id, null, null,
                EnumSet.of(role)), null, Instant.EPOCH);
        try {
            Field field = UserProfile.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(person, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return person;
    }
}
