package nl.lerendstelsel.application.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
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
    SignalActs acts;

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckSteps bottleneckSteps;

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
        UserProfile person = acts.person(caller);
        SignalInput checked = checked(input);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.atLinking"));
        }
        Instant now = acts.now();
        int year = LocalDate.ofInstant(now, DutchTime.ZONE).getYear();
        Signal signal = new Signal("SIG-%d-%03d".formatted(year, signals.nextReferenceNumber(year)), person, now);
        signal.describe(checked.title(), checked.problem(), checked.analysis(), checked.urgency(), checked.proposal(),
                checked.proposalText(), now);
        signal.proposeAlso(checked.furtherProposals(), now);
        signals.add(signal);
        acts.audit(person, "SIGNAAL_AANMAKEN", signal, caller, null);
        attachAll(signal, references, person, caller);
        return signal;
    }

    /** A coordinator changes the texts, while it is a concept or back with them for questions. */
    @Transactional
    public Signal edit(String reference, SignalInput input, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = acts.signal(reference, caller);
        checkVersion(signal, expectedVersion);
        SignalInput checked = checked(input);
        Instant now = acts.now();
        describe(signal, checked, now);
        UserProfile person = acts.person(caller);
        signal.note(SignalEvent.EDITED, person, null, now);
        acts.flushOrConflict(signal);
        acts.audit(person, "SIGNAAL_WIJZIGEN", signal, caller, null);
        return signal;
    }

    /**
     * A coordinator names the articles of law the signal is about, in the short form ({@code WI2021 art. 15 lid 2}),
     * replacing those named before (an empty list names none), while the texts may be changed.
     */
    @Transactional
    public Signal cite(String reference, List<String> codes, Caller caller) {
        requireCoordinator(caller);
        Signal signal = acts.signal(reference, caller);
        FieldErrors errors = new FieldErrors();
        List<LawReference> references = InputChecks.lawReferences(errors, "wetsartikelen", codes);
        errors.throwIfAny();
        rule(() -> signal.cite(references, acts.now()));
        UserProfile person = acts.person(caller);
        acts.flushOrConflict(signal);
        acts.audit(person, "SIGNAAL_WETSARTIKELEN", signal, caller,
                references.stream().map(LawReference::code).reduce((a, b) -> a + "; " + b).orElse("(geen)"));
        return signal;
    }

    /**
     * Adds knelpunten. While it is a concept they wait at linking level; once submitted, each moves to system level
     * with status {@code opgeschaald} straight away.
     */
    @Transactional
    public Signal attach(String reference, Collection<String> knelpunten, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = acts.signal(reference, caller);
        checkVersion(signal, expectedVersion);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.none"));
        }
        attachAll(signal, references, acts.person(caller), caller);
        acts.flushOrConflict(signal);
        return signal;
    }

    /** Takes a knelpunt out of a concept (it stays at linking level, untouched). */
    @Transactional
    public Signal detach(String reference, String knelpunt, Caller caller) {
        requireCoordinator(caller);
        Signal signal = acts.signal(reference, caller);
        Bottleneck bottleneck = signal.getBottlenecks().stream().filter(b -> b.getReference().equals(knelpunt)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.signal.knelpunt", knelpunt, reference)));
        UserProfile person = acts.person(caller);
        rule(() -> signal.detach(bottleneck, person, acts.now()));
        acts.flushOrConflict(signal);
        acts.audit(person, "SIGNAAL_KNELPUNT_VERWIJDEREN", signal, caller, knelpunt);
        return signal;
    }

    private void attachAll(Signal signal, List<String> references, UserProfile person, Caller caller) {
        rule(() -> SignalWorkflow.next(signal.getStatus(), SignalAction.KNELPUNT_TOEVOEGEN, SignalRole.COORDINATOR, null));
        Instant now = acts.now();
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
            acts.audit(person, "SIGNAAL_KNELPUNT_TOEVOEGEN", signal, caller, reference);
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
}
