package nl.lerendstelsel.application.signal;

import jakarta.persistence.OptimisticLockException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalWorkflowException;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * The checks the signal use cases ({@link SignalQueries}, {@link SignalDrafts}, {@link SignalService}) share: who the caller is on a signal,
 * what they wrote, and the refusals that name a knelpunt. Pure: no state, no look-ups.
 */
final class SignalChecks {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 20_000;
    static final int FORUM_MAX = 200;

    private SignalChecks() {
    }

    /** The sides of a signal the caller can act on. */
    static Set<SignalRole> sides(Caller caller) {
        Set<SignalRole> sides = EnumSet.noneOf(SignalRole.class);
        if (caller.has(Role.COORDINATOR)) {
            sides.add(SignalRole.COORDINATOR);
        }
        if (caller.has(Role.MINISTRY)) {
            sides.add(SignalRole.MINISTRY);
        }
        return sides;
    }

    /** Concepts are for coordinators and admins only. */
    static boolean seesConcepts(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN);
    }

    static void requireCoordinator(Caller caller) {
        if (!caller.has(Role.COORDINATOR)) {
            throw new AccessDeniedException(Message.of("access.signal.coordinatorsOnly"));
        }
    }

    static void requireMinistry(Caller caller) {
        if (!caller.has(Role.MINISTRY)) {
            throw new AccessDeniedException(Message.of("access.signal.ministryOnly"));
        }
    }

    static NotFoundException notFound(String reference) {
        return new NotFoundException(Message.of("notFound.signal", reference));
    }

    /** The texts a coordinator writes, checked and stripped; personal data refused. */
    static SignalDrafts.SignalInput checked(SignalDrafts.SignalInput input) {
        if (input == null) {
            throw InvalidInputException.of("titel", Message.of("input.signal.texts"));
        }
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", input.title(), TITLE_MIN, TITLE_MAX);
        String problem = InputChecks.required(errors, "probleemstelling", input.problem(), TEXT_MIN, TEXT_MAX);
        String analysis = InputChecks.required(errors, "analyse", input.analysis(), TEXT_MIN, TEXT_MAX);
        if (input.urgency() == null) {
            errors.put("urgentie", Message.of("input.signal.urgency"));
        }
        if (input.proposal() == null) {
            errors.put("voorstel", Message.of("input.signal.proposal"));
        }
        String proposalText = InputChecks.optional(errors, "voorstelToelichting", input.proposalText(), TEXT_MAX);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("titel", title, "probleemstelling", problem, "analyse", analysis,
                "voorstelToelichting", proposalText);
        return new SignalDrafts.SignalInput(title, problem, analysis, input.urgency(), input.proposal(), proposalText,
                input.furtherProposals());
    }

    /** A message, answer, note or progress text: required, not too long, no personal data. */
    static String checkedText(String field, String text) {
        FieldErrors errors = new FieldErrors();
        String value = InputChecks.required(errors, field, text, 2, TEXT_MAX);
        errors.throwIfAny();
        InputChecks.rejectPersonalData(field, value);
        return value;
    }

    /** The knelpunt references given, stripped, blanks and repeats left out, in their order. */
    static List<String> references(Collection<String> knelpunten) {
        Set<String> references = new LinkedHashSet<>();
        if (knelpunten != null) {
            knelpunten.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).forEach(references::add);
        }
        return List.copyOf(references);
    }

    /** A step of the signal's own rules; refused as not possible now (409). */
    static <T> T rule(Supplier<T> action) {
        try {
            return action.get();
        } catch (SignalWorkflowException e) {
            throw new NotPossibleException(e);
        }
    }

    static void rule(Runnable action) {
        rule(() -> {
            action.run();
            return null;
        });
    }

    /** Refused as a concurrent change when the caller saw another version than there is now. */
    static void checkVersion(Signal signal, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != signal.getVersion()) {
            throw new ConcurrentChangeException(signal.getReference(), signal.getVersion());
        }
    }

    /** Writes the change now, so that a concurrent one is refused as such rather than at commit. */
    static void flushOrConflict(SignalRepository signals, Signal signal) {
        try {
            signals.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(signal.getReference(), signal.getVersion());
        }
    }

    /** A knelpunt a coordinator can put in a signal: in behandeling at linking level. */
    static boolean isAtLinking(nl.lerendstelsel.domain.model.bottleneck.Bottleneck bottleneck) {
        return bottleneck.getLevel() == Level.LINKING && bottleneck.getStatus() == Status.IN_BEHANDELING;
    }

    /** A knelpunt's level as the refusals name it ("schakelniveau", "linking level"). */
    static Message levelName(Level level) {
        return Message.of("notification.level." + level.name());
    }

    /** A knelpunt's status in lower case, as the refusals name it ("in behandeling", "in progress"). */
    static Message statusName(Status status) {
        return switch (status) {
            case GEMELD -> Message.of("signal.knelpuntStatus.GEMELD");
            case IN_BEHANDELING -> Message.of("signal.knelpuntStatus.IN_BEHANDELING");
            case WACHT_OP_INFORMATIE -> Message.of("signal.knelpuntStatus.WACHT_OP_INFORMATIE");
            case OPGELOST -> Message.of("signal.knelpuntStatus.OPGELOST");
            case TERUGGELEGD -> Message.of("signal.knelpuntStatus.TERUGGELEGD");
            case OPGESCHAALD -> Message.of("signal.knelpuntStatus.OPGESCHAALD");
            case IN_OPVOLGING -> Message.of("signal.knelpuntStatus.IN_OPVOLGING");
            case GESLOTEN -> Message.of("signal.knelpuntStatus.GESLOTEN");
            case HEROPEND -> Message.of("signal.knelpuntStatus.HEROPEND");
        };
    }
}
