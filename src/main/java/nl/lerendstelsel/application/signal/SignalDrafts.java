package nl.lerendstelsel.application.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;
import static nl.lerendstelsel.application.signal.SignalChecks.checkVersion;
import static nl.lerendstelsel.application.signal.SignalChecks.checked;
import static nl.lerendstelsel.application.signal.SignalChecks.isAtLinking;
import static nl.lerendstelsel.application.signal.SignalChecks.levelName;
import static nl.lerendstelsel.application.signal.SignalChecks.references;
import static nl.lerendstelsel.application.signal.SignalChecks.requireCoordinator;
import static nl.lerendstelsel.application.signal.SignalChecks.rule;
import static nl.lerendstelsel.application.signal.SignalChecks.statusName;

/**
 * A coordinator writes a signal to SZW: starts it from knelpunten at linking level, edits its texts (while it is a
 * concept or back with them for questions), and adds or takes out knelpunten. A knelpunt added after submission moves
 * to system level straight away. Nobody is told of these; every act is audited. The steps between coordinator and
 * ministry are {@link SignalService}'s, reading is {@link SignalQueries}'s.
 */
@ApplicationScoped
public class SignalDrafts {

    @Inject
    SignalQueries queries;

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckSteps bottleneckSteps;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** What a coordinator writes. */
    public record SignalInput(String title, String problem, String analysis, Urgency urgency, Proposal proposal, String proposalText,
                              List<Proposal> furtherProposals) {

        public SignalInput {
            furtherProposals = furtherProposals == null ? List.of() : furtherProposals.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** Only the main kind of proposal. */
        public SignalInput(String title, String problem, String analysis, Urgency urgency, Proposal proposal, String proposalText) {
            this(title, problem, analysis, urgency, proposal, proposalText, List.of());
        }

        /** Without a text besides the kind of proposal. */
        public SignalInput(String title, String problem, String analysis, Urgency urgency, Proposal proposal) {
            this(title, problem, analysis, urgency, proposal, null);
        }
    }

    /** A coordinator starts a concept from one or more knelpunten at linking level. */
    @Transactional
    public Signal create(SignalInput input, Collection<String> knelpunten, Caller caller) {
        requireCoordinator(caller);
        UserProfile person = profiles.of(caller);
        SignalInput checked = checked(input);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.atLinking"));
        }
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, DutchTime.ZONE).getYear();
        Signal signal = new Signal("SIG-%d-%03d".formatted(year, signals.nextReferenceNumber(year)), person, now);
        signal.describe(checked.title(), checked.problem(), checked.analysis(), checked.urgency(), checked.proposal(),
                checked.proposalText(), now);
        signal.proposeAlso(checked.furtherProposals(), now);
        signals.add(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_AANMAKEN", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        attachAll(signal, references, person, caller);
        return signal;
    }

    /** A coordinator changes the texts, while it is a concept or back with them for questions. */
    @Transactional
    public Signal edit(String reference, SignalInput input, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        SignalInput checked = checked(input);
        Instant now = clock.instant();
        describe(signal, checked, now);
        UserProfile person = profiles.of(caller);
        signal.note(SignalEvent.EDITED, person, null, now);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_WIJZIGEN", "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), null);
        return signal;
    }

    /**
     * A coordinator names the articles of law the signal is about, in the short form ({@code WI2021 art. 15 lid 2}),
     * replacing those named before (an empty list names none), while the texts may be changed.
     */
    @Transactional
    public Signal cite(String reference, List<String> codes, Caller caller) {
        requireCoordinator(caller);
        Signal signal = queries.get(reference, caller);
        FieldErrors errors = new FieldErrors();
        List<LawReference> references = InputChecks.lawReferences(errors, "wetsartikelen", codes);
        errors.throwIfAny();
        rule(() -> signal.cite(references, clock.instant()));
        UserProfile person = profiles.of(caller);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_WETSARTIKELEN", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), references.stream().map(LawReference::code).reduce((a, b) -> a + "; " + b).orElse("(geen)"));
        return signal;
    }

    /**
     * A coordinator deletes a concept (the page asks to confirm first): it was never submitted, so it goes with its
     * history; its knelpunten stay at linking level as they were. Submitted signals are withdrawn instead.
     */
    @Transactional
    public void delete(String reference, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        if (signal.getStatus() != SignalStatus.CONCEPT) {
            throw new NotPossibleException(Message.of("refusal.signal.deleteOnlyConcept"));
        }
        UserProfile person = profiles.of(caller);
        signals.remove(signal);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_VERWIJDEREN", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), signal.getTitle());
    }

    /**
     * Adds knelpunten. While it is a concept they wait at linking level; once submitted, each moves to system level
     * with status {@code opgeschaald} straight away.
     */
    @Transactional
    public Signal attach(String reference, Collection<String> knelpunten, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.none"));
        }
        attachAll(signal, references, profiles.of(caller), caller);
        flushOrConflict(signal);
        return signal;
    }

    /** Takes a knelpunt out of a concept (it stays at linking level, untouched). */
    @Transactional
    public Signal detach(String reference, String knelpunt, Caller caller) {
        requireCoordinator(caller);
        Signal signal = queries.get(reference, caller);
        Bottleneck bottleneck = signal.getBottlenecks().stream().filter(b -> b.getReference().equals(knelpunt)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.signal.knelpunt", knelpunt, reference)));
        UserProfile person = profiles.of(caller);
        rule(() -> signal.detach(bottleneck, person, clock.instant()));
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_KNELPUNT_VERWIJDEREN", "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), knelpunt);
        return signal;
    }

    private void attachAll(Signal signal, List<String> references, UserProfile person, Caller caller) {
        rule(() -> SignalWorkflow.next(signal.getStatus(), SignalAction.KNELPUNT_TOEVOEGEN, SignalRole.COORDINATOR, null));
        Instant now = clock.instant();
        for (String reference : references) {
            Bottleneck bottleneck = bottlenecks.findByReference(reference)
                    .orElseThrow(() -> InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.unknown", reference)));
            Optional<Signal> other = openSignalOf(bottleneck, signal);
            if (other.isPresent()) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntInOtherSignal", reference, other.get().getReference()));
            }
            if (signal.getBottlenecks().contains(bottleneck)) {
                continue;
            }
            if (!isAtLinking(bottleneck)) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntNotAtLinking", reference,
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
            signal.attach(bottleneck, person, now);
            auditLog.record(person.getUsername(), "SIGNAAL_KNELPUNT_TOEVOEGEN", "Signal", signal.getReference(),
                    AuditEntry.Result.SUCCESS, caller.origin(), reference);
            if (signal.getStatus() != SignalStatus.CONCEPT) {
                bottleneckSteps.moveToSignal(bottleneck, signal.getReference(), person, caller.origin());
            }
        }
    }

    /** Another signal, not yet answered or withdrawn, that already holds this knelpunt. */
    private Optional<Signal> openSignalOf(Bottleneck bottleneck, Signal except) {
        return signals.signalsOf(bottleneck).stream()
                .filter(s -> !s.equals(except))
                .filter(s -> s.getStatus() != SignalStatus.BEANTWOORD && s.getStatus() != SignalStatus.GESLOTEN
                        && s.getStatus() != SignalStatus.INGETROKKEN)
                .findFirst();
    }

    private void describe(Signal signal, SignalInput input, Instant now) {
        rule(() -> {
            signal.describe(input.title(), input.problem(), input.analysis(), input.urgency(), input.proposal(), input.proposalText(), now);
            signal.proposeAlso(input.furtherProposals(), now);
        });
    }

    private void flushOrConflict(Signal signal) {
        SignalChecks.flushOrConflict(signals, signal);
    }
}
