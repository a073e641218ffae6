package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Requirement;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Moving knelpunten through the workflow: the steps people take, the steps the signal workflow takes for them, and
 * the expiry of a wait for information. Every step is checked against the workflow table, recorded in the knelpunt's
 * history and in the audit log, in one transaction.
 */
@ApplicationScoped
public class BottleneckSteps {

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckQueries queries;

    @Inject
    Profiles people;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    /**
     * Performs a workflow step that needs no resolution category; see
     * {@link #perform(String, Action, Resolution, String, Long, Caller)}.
     */
    @Transactional
    public BottleneckEvent perform(String reference, Action action, String text, Long expectedVersion, Caller caller) {
        return perform(reference, action, null, text, expectedVersion, caller);
    }

    /**
     * Performs a workflow step. {@code expectedVersion} is the version the caller saw; when someone else changed
     * the knelpunt since, nothing happens and a {@link ConcurrentChangeException} says so. Texts (reasons,
     * feedback) pass the personal-data guard too. Resolving and closing need a {@link Resolution} that fits the step
     * (field {@code afhandelcategorie}); withdrawing ({@code intrekken}, by the reporter) records
     * {@link Resolution#INGETROKKEN} by itself.
     */
    @Transactional
    public BottleneckEvent perform(String reference, Action action, Resolution category, String text, Long expectedVersion,
                                   Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        if (expectedVersion != null && expectedVersion != bottleneck.getVersion()) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        if (text != null) {
            InputChecks.rejectPersonalData(Map.of("toelichting", text));
        }
        UserProfile person = people.of(caller);
        BottleneckRights rights = queries.rights(bottleneck, caller);
        Instant now = clock.instant();
        if (action == Action.HEROPENEN && !rights.admin()) {
            checkReopenWindow(bottleneck, now);
        }
        if (rights.may(action) && Resolution.requiredFor(action) && (category == null || !category.fits(action))) {
            throw InvalidInputException.of("afhandelcategorie", Message.of("input.bottleneck.resolution",
                    Resolution.choicesFor(action).stream().map(Resolution::dutch).collect(Collectors.joining(", "))));
        }
        Resolution recorded = Resolution.requiredFor(action) ? category : Resolution.impliedBy(action).orElse(null);
        BottleneckEvent event = step(bottleneck, action, recorded, rights.actors(), person, text, now);
        recorder.audit(person, "KNELPUNT_" + action.name(), reference, caller,
                event.getFromLevel() + "/" + event.getFromStatus() + " -> " + event.getToLevel() + "/" + event.getToStatus()
                        + (recorded == null ? "" : " (" + recorded.name() + ")"));
        return event;
    }

    /**
     * One step with the clock moved along, the single place both people and the system jobs go through. The change is
     * written (flushed) before anyone is told of it: when another transaction changed the knelpunt meanwhile, the
     * optimistic lock fails here and the caller gets a {@link ConcurrentChangeException}, not some later query.
     */
    private BottleneckEvent step(Bottleneck bottleneck, Action action, Set<Actor> actors, UserProfile person, String text,
                                 Instant now) {
        return step(bottleneck, action, Resolution.impliedBy(action).orElse(null), actors, person, text, now);
    }

    private BottleneckEvent step(Bottleneck bottleneck, Action action, Resolution category, Set<Actor> actors,
                                 UserProfile person, String text, Instant now) {
        DeadlinePolicy deadlines = settings.current().deadlines(); // before changing anything: it may read the database
        Long previousAssignee = bottleneck.getAssignee() == null ? null : bottleneck.getAssignee().getId();
        BottleneckEvent event = bottleneck.perform(action, category, actors, person, text, now);
        bottleneck.setDeadline(deadlines.after(event.getFromLevel(), event.getFromStatus(), event.getToLevel(),
                event.getToStatus(), bottleneck.getDeadline(), bottleneck.getTheme(), BottleneckQueries.today(now)));
        flushOrConflict(bottleneck);
        if (action == Action.IN_BEHANDELING_NEMEN && person != null) {
            bottlenecks.follow(bottleneck, person.getId(), now); // the handler hears what happens next
        }
        boolean feedback = BottleneckWorkflow.find(event.getFromLevel(), event.getFromStatus(), action)
                .map(t -> t.requirement() == Requirement.FEEDBACK).orElse(false);
        recorder.announce(new BottleneckChanged(bottleneck.getReference(),
                feedback ? BottleneckChanged.What.FEEDBACK : BottleneckChanged.What.STEP,
                person == null ? null : person.getId(), summary(action, event.getToLevel()), event.getText(), null,
                action, previousAssignee));
        return event;
    }

    /** Writes pending changes; a lost optimistic-lock race becomes a {@link ConcurrentChangeException}. */
    void flushOrConflict(Bottleneck bottleneck) {
        try {
            bottlenecks.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(bottleneck.getReference(), bottleneck.getVersion());
        }
    }

    /** One line for a notification, e.g. "Terugleggen: nu op uitvoeringsniveau". */
    public static Message summary(Action action, Level level) {
        return Message.of("notification.summary.step", Message.of("notification.action." + action.name()),
                level.label());
    }

    /** Reporter and supporters reopen within the window after it was resolved; admins any time (they correct). */
    /** Reporter and supporters reopen within the window after it was resolved; admins any time (they correct). */
    private void checkReopenWindow(Bottleneck bottleneck, Instant now) {
        Optional<LocalDate> lastDay = queries.reopenWindowEnd(bottleneck);
        if (lastDay.isPresent() && BottleneckQueries.today(now).isAfter(lastDay.get())) {
            String date = lastDay.get().format(DateTimeFormatter.ofPattern("d-M-yyyy"));
            throw new NotPossibleException(Message.of("refusal.bottleneck.reopenWindow", date, String.valueOf(queries.reopenDays())));
        }
    }


    /**
     * A knelpunt goes with a submitted signal to the ministry: {@code aan signaal koppelen}, to system level with status
     * {@code opgeschaald}, the signal's reference as reason. Taken by the system on behalf of {@code coordinator} (who
     * is recorded in the history); called by the signal service inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent moveToSignal(Bottleneck bottleneck, String signalReference, UserProfile coordinator, String origin) {
        BottleneckEvent event = step(bottleneck, Action.AAN_SIGNAAL_KOPPELEN, EnumSet.of(Actor.SYSTEM), coordinator,
                "Opgenomen in signaal " + signalReference + " aan het ministerie van SZW.", clock.instant());
        recorder.audit(coordinator.getUsername(), "KNELPUNT_" + Action.AAN_SIGNAAL_KOPPELEN.name(),
                bottleneck.getReference(), origin, signalReference);
        return event;
    }

    /**
     * The ministry's response reaches a knelpunt of the signal, with the response as feedback, which notifies its
     * reporter, supporters, followers and CoP; the responder is recorded in the history. What it does depends on the
     * decision ({@link #answerFor}): adopted, wholly or partly, puts it {@code in opvolging} (nothing is claimed solved:
     * {@link #realiseFromSignal} resolves it when the follow-up is realised); not adopted and referred close it
     * ({@code gesloten}) with {@link Resolution#NIET_OVERGENOMEN} or {@link Resolution#DOORVERWEZEN}, whose feedback
     * names the forum. Called by the signal service for every knelpunt in one transaction; a knelpunt that cannot take
     * the step makes the whole response fail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent answerFromSignal(Bottleneck bottleneck, String signalReference, Decision decision, String feedback,
                                            UserProfile responder, String origin) {
        Answer answer = answerFor(decision);
        BottleneckEvent event = step(bottleneck, answer.action(), answer.category(), EnumSet.of(Actor.SYSTEM), responder,
                feedback, clock.instant());
        recorder.audit(responder.getUsername(), "KNELPUNT_" + answer.action().name(), bottleneck.getReference(),
                origin, signalReference + " (" + decision.name() + ")");
        return event;
    }

    /** What a signal's decision does to its knelpunten: the workflow step and the category it records (none yet). */
    public record Answer(Action action, Resolution category) {
    }

    /**
     * The mapping from the ministry's decision to the knelpunten's step: adopted and partly adopted go
     * {@code in opvolging} without a category; not adopted closes as {@link Resolution#NIET_OVERGENOMEN}; referred
     * closes as {@link Resolution#DOORVERWEZEN}.
     */
    public static Answer answerFor(Decision decision) {
        return switch (decision) {
            case OVERGENOMEN, DEELS_OVERGENOMEN -> new Answer(Action.SIGNAAL_OVERGENOMEN, null);
            case NIET_OVERGENOMEN -> new Answer(Action.SIGNAAL_BEANTWOORD, Resolution.NIET_OVERGENOMEN);
            case DOORVERWEZEN -> new Answer(Action.SIGNAAL_BEANTWOORD, Resolution.DOORVERWEZEN);
        };
    }

    /**
     * The follow-up of an adopted signal is realised: a knelpunt {@code in opvolging} is resolved ({@code opgelost},
     * {@link Resolution#OPGELOST_DOOR_REGELGEVING}) with {@code feedback} (what changed), which tells its reporter,
     * supporters, followers and CoP; {@code person} (the ministry user who recorded it) is named in the history. Called by
     * the signal service inside its transaction for every knelpunt of the signal; a knelpunt not in follow-up is refused
     * by the workflow table ({@link nl.lerendstelsel.domain.model.bottleneck.WorkflowException}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent realiseFromSignal(Bottleneck bottleneck, String signalReference, String feedback, UserProfile person,
                                             String origin) {
        BottleneckEvent event = step(bottleneck, Action.OPVOLGING_GEREALISEERD, Resolution.OPGELOST_DOOR_REGELGEVING,
                EnumSet.of(Actor.SYSTEM), person, feedback, clock.instant());
        recorder.audit(person.getUsername(), "KNELPUNT_" + Action.OPVOLGING_GEREALISEERD.name(),
                bottleneck.getReference(), origin, signalReference);
        return event;
    }

    /**
     * The coordinator withdrew the signal before the ministry answered: {@code signaal ingetrokken}, the knelpunt returns
     * from system to linking level, in behandeling, with the reason, which tells whoever reported, supports or follows
     * it. Called by the signal service for every knelpunt in one transaction; a knelpunt that cannot take the step makes
     * the whole withdrawal fail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent returnFromSignal(Bottleneck bottleneck, String signalReference, String reason, UserProfile coordinator,
                                            String origin) {
        BottleneckEvent event = step(bottleneck, Action.SIGNAAL_INGETROKKEN, EnumSet.of(Actor.SYSTEM), coordinator,
                "Signaal " + signalReference + " is ingetrokken door de coördinator: " + reason, clock.instant());
        recorder.audit(coordinator.getUsername(), "KNELPUNT_" + Action.SIGNAAL_INGETROKKEN.name(),
                bottleneck.getReference(), origin, signalReference);
        return event;
    }

    /** The knelpunten whose wait for information has expired on {@code today}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> waitExpiredOn(LocalDate today) {
        return bottlenecks.waitExpiredOn(today);
    }

    /**
     * The system ends an expired wait for information: {@code termijn verlopen}, back to {@code in behandeling}, with
     * the clock running again. Returns false when there was nothing to do (anymore): another node or a person was
     * first, or the wait was not expired on {@code today}.
     */
    @Transactional
    public boolean expireWait(String reference, LocalDate today) {
        Bottleneck bottleneck = queries.load(reference);
        if (bottleneck.getStatus() != Status.WACHT_OP_INFORMATIE
                || !bottleneck.getDeadline().waitExpiredOn(today)) {
            return false;
        }
        BottleneckEvent event = step(bottleneck, Action.TERMIJN_VERLOPEN, EnumSet.of(Actor.SYSTEM), null,
                "De termijn voor informatie is verlopen; het knelpunt wordt verder behandeld.", clock.instant());
        recorder.audit("systeem", "KNELPUNT_" + Action.TERMIJN_VERLOPEN.name(), reference,
                "systeem", event.getToLevel() + "/" + event.getToStatus());
        return true;
    }
}
