package nl.lerendstelsel.application.signal;

import static nl.lerendstelsel.application.signal.SignalChecks.TEXT_MAX;
import static nl.lerendstelsel.application.signal.SignalChecks.TEXT_MIN;
import static nl.lerendstelsel.application.signal.SignalChecks.checkedText;
import static nl.lerendstelsel.application.signal.SignalChecks.requireMinistry;
import static nl.lerendstelsel.application.signal.SignalChecks.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * The follow-up of an adopted decision, by the ministry: what changes and by when, progress updates, and the follow-up
 * realised, which solves the signal's knelpunten still in follow-up. Everyone around the knelpunten hears of each; every
 * act is audited.
 */
@ApplicationScoped
public class SignalFollowUp {

    @Inject
    SignalActs acts;

    @Inject
    BottleneckSteps bottleneckSteps;

    /**
     * The ministry records what changes after an adopted decision and when it is expected; everyone around the
     * knelpunten hears of it.
     */
    @Transactional
    public Signal recordFollowUp(String reference, String change, LocalDate expected, Caller caller) {
        requireMinistry(caller);
        Signal signal = acts.signal(reference, caller);
        FieldErrors errors = new FieldErrors();
        String what = InputChecks.required(errors, "wijziging", change, TEXT_MIN, TEXT_MAX);
        if (expected == null) {
            errors.put("verwachteDatum", Message.of("input.signal.expectedDate"));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("wijziging", what);
        UserProfile person = acts.person(caller);
        Instant now = acts.now();
        rule(() -> signal.recordFollowUp(what, expected, now));
        signal.note(SignalEvent.FOLLOW_UP, person, what, now);
        acts.changed(signal, person, caller, "SIGNAAL_OPVOLGING", String.valueOf(expected), Occasion.FOLLOW_UP,
                Message.of("notification.signal.followUp"), what);
        return signal;
    }

    /**
     * The ministry marks the follow-up of an adopted decision realised, with a note on what was realised; in the same
     * transaction the signal's knelpunten move from "in opvolging" to "opgelost". Everyone around the knelpunten and the
     * coordinators hear of it. Refused before the follow-up is recorded and when it is realised already.
     */
    @Transactional
    public Signal realiseFollowUp(String reference, String text, Caller caller) {
        Note note = note(reference, "toelichting", text, caller);
        Signal signal = note.signal();
        rule(() -> signal.realiseFollowUp(note.person(), note.text(), acts.now()));
        realiseKnelpunten(signal, note.text(), note.person(), caller);
        acts.changed(signal, note.person(), caller, "SIGNAAL_OPVOLGING_GEREALISEERD", String.valueOf(signal.getFollowUpExpected()),
                Occasion.NEWS, Message.of("notification.signal.followUpRealised"), note.text());
        return signal;
    }

    /**
     * The knelpunten of a signal whose follow-up is realised move from "in opvolging" to "opgelost" (category: solved
     * by changing regulation or policy), with what changed as feedback; their reporters, supporters and followers hear
     * of it through that step. A knelpunt no longer in follow-up (reopened and handled since) keeps its state.
     */
    private void realiseKnelpunten(Signal signal, String note, UserProfile person, Caller caller) {
        String feedback = "Opvolging van signaal " + signal.getReference() + " gerealiseerd: " + note;
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            if (bottleneck.getStatus() == Status.IN_OPVOLGING) {
                bottleneckSteps.realiseFromSignal(bottleneck, signal.getReference(), feedback, person, caller.origin());
            }
        }
    }

    /** A progress update on the follow-up; everyone around the knelpunten hears of it. */
    @Transactional
    public Signal addProgress(String reference, String text, Caller caller) {
        Note progress = note(reference, "voortgang", text, caller);
        rule(() -> progress.signal().addProgress(progress.person(), progress.text(), acts.now()));
        acts.changed(progress.signal(), progress.person(), caller, "SIGNAAL_VOORTGANG", null, Occasion.FOLLOW_UP,
                Message.of("notification.signal.progress"), progress.text());
        return progress.signal();
    }

    /** What the ministry writes on a signal: the signal, the writer, and the text checked as field {@code field}. */
    private record Note(Signal signal, UserProfile person, String text) {
    }

    private Note note(String reference, String field, String text, Caller caller) {
        requireMinistry(caller);
        Signal signal = acts.signal(reference, caller);
        String checked = checkedText(field, text);
        return new Note(signal, acts.person(caller), checked);
    }
}
