package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalFollowUp;

/**
 * The follow-up of an adopted decision, by the ministry (forms {@code opvolging-form}, {@code voortgang} and
 * {@code realiseren}): what changes and by when (the recorded follow-up until it is changed), progress, and the
 * follow-up realised.
 */
@Named("signalFollowUp")
@RequestScoped
public class SignalFollowUpForm extends SignalForm {

    @Inject
    SignalFollowUp followUp;

    private String change;
    private LocalDate expected;
    private boolean recordedRead;
    private String progress;
    private String realisedNote;

    public String record() {
        return after(feedback.run(() -> followUp.recordFollowUp(page.getRef(), change, expected, page.caller()), "signal.followUpSaved",
                Map.of("wijziging", "opvolging:wijziging", "verwachteDatum", "opvolging:verwacht"), null));
    }

    public String addProgress() {
        return after(feedback.run(() -> followUp.addProgress(page.getRef(), progress, page.caller()), "signal.progressSaved", Map.of(),
                "voortgang:tekst"));
    }

    public String realise() {
        return after(feedback.run(() -> followUp.realiseFollowUp(page.getRef(), realisedNote, page.caller()),
                "signal.followUp.realisedSaved", Map.of(), "realiseren:toelichting"));
    }


    /** Until the ministry changes them: the follow-up as recorded. */
    private void readRecorded() {
        if (!recordedRead && page.getView() != null) {
            recordedRead = true;
            if (change == null) {
                change = page.getView().signal().getFollowUpChange();
                expected = page.getView().signal().getFollowUpExpected();
            }
        }
    }

    public String getChange() {
        readRecorded();
        return change;
    }

    public void setChange(String change) {
        recordedRead = true;
        this.change = change;
    }

    public LocalDate getExpected() {
        readRecorded();
        return expected;
    }

    public void setExpected(LocalDate expected) {
        recordedRead = true;
        this.expected = expected;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getRealisedNote() {
        return realisedNote;
    }

    public void setRealisedNote(String realisedNote) {
        this.realisedNote = realisedNote;
    }
}
