package nl.lerendstelsel.interfaces.web.signal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalFollowUp;
import nl.lerendstelsel.application.signal.SignalOwnership;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.signal.SignalWithdrawal;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * One signal: its texts, the derived evidence, its knelpunten, the clarification thread, the ministry's response and
 * the follow-up, the ministry's interim answers, with the steps the viewer may take now. Publishing the response is confirmed first: it resolves every
 * knelpunt in the signal.
 */
@Named("signal")
@RequestScoped
public class SignalPage {

    @Inject
    SignalQueries queries;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService service;

    @Inject
    SignalFollowUp followUp;

    @Inject
    SignalOwnership ownership;

    @Inject
    SignalWithdrawal withdrawal;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    CandidateSearchForm candidateSearch;

    private String ref;
    private SignalQueries.View view;
    private boolean missing;
    private List<Bottleneck> candidates;
    private List<String> selected = new ArrayList<>();
    private String questions;
    private String answer;
    private String message;
    private String response;
    private Decision decision;
    private String forum;
    private String closeNote;
    private String followUpChange;
    private LocalDate followUpExpected;
    private String progress;
    private String interimText;
    private String realisedNote;
    private String assignee;
    private String withdrawReason;
    private String lawCodes;
    private List<UserProfile> ministryPeople;
    private LocalDate interimDue;
    /** Which confirmation is showing ("beantwoorden", "indienen"); it travels with the form as a plain field. */
    private String confirming;

    /** The reference and the pending confirmation travel with every form as plain fields (see {@link RequestParameters}). */
    @PostConstruct
    void readParameters() {
        String value = RequestParameters.text("ref");
        if (value != null) {
            ref = value;
        }
        confirming = RequestParameters.text("bevestig");
    }

    public SignalQueries.View getView() {
        if (view == null && !missing && ref != null) {
            try {
                view = queries.view(ref, caller());
                if (followUpChange == null) {
                    followUpChange = view.signal().getFollowUpChange();
                    followUpExpected = view.signal().getFollowUpExpected();
                }
            } catch (NotFoundException e) {
                missing = true;
            }
        }
        return view;
    }

    public boolean isMissing() {
        return ref == null || getView() == null;
    }

    public boolean may(SignalAction action) {
        return getView() != null && view.actions().contains(action);
    }

    /** Knelpunten the coordinator can still add (while the table allows adding). */
    public List<Bottleneck> getCandidates() {
        if (candidates == null) {
            candidates = may(SignalAction.KNELPUNT_TOEVOEGEN) ? queries.candidates(view.signal(), candidateSearch.getSearch(),
                    CandidateSearchForm.chosen("toevoegen:kandidaten"), caller()) : List.of();
        }
        return candidates;
    }

    /** Records the articles of law the signal is about, one per line in the short form. */
    public String saveLaw() {
        List<String> lines = lawCodes == null ? List.of()
                : java.util.Arrays.stream(lawCodes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (feedback.run(() -> drafts.cite(ref, lines, caller()), "bottleneck.law.saved", Map.of("wetsartikelen", "wetsartikelen:codes"),
                "wetsartikelen:codes")) {
            return reload();
        }
        return null;
    }

    /** What is named now, one per line, until the coordinator changes it. */
    public String getLawCodes() {
        if (lawCodes == null && getView() != null) {
            lawCodes = String.join("\n", view.signal().getLawReferences().stream()
                    .map(nl.lerendstelsel.domain.model.law.LawReference::code).toList());
        }
        return lawCodes;
    }

    public void setLawCodes(String lawCodes) {
        this.lawCodes = lawCodes;
    }

    /** A set of names as one line, e.g. "Almere, Utrecht". */
    public String joined(java.util.Collection<String> names) {
        return String.join(", ", new java.util.TreeSet<>(names));
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public String attach() {
        if (feedback.run(() -> drafts.attach(ref, selected, null, caller()), "signal.attached", Map.of("knelpunten", "toevoegen:kandidaten"),
                null)) {
            selected = new ArrayList<>();
        }
        return reload();
    }

    public String detach(String knelpunt) {
        feedback.run(() -> drafts.detach(ref, knelpunt, caller()), "signal.detached", Map.of(), null);
        return reload();
    }

    public String askSubmit() {
        confirming = "indienen";
        return null;
    }

    public String submit() {
        feedback.run(() -> service.submit(ref, null, caller()), "signal.submitted.done", Map.of(), null);
        confirming = null;
        return reload();
    }

    public String acknowledge() {
        feedback.run(() -> service.acknowledge(ref, caller()), "signal.acknowledged", Map.of(), null);
        return reload();
    }

    public String takeInHand() {
        feedback.run(() -> service.takeInHand(ref, caller()), "signal.takenInHand", Map.of(), null);
        return reload();
    }

    public String ask() {
        if (feedback.run(() -> service.askQuestions(ref, questions, caller()), "signal.asked", Map.of(), "vragen:tekst")) {
            questions = null;
        }
        return reload();
    }

    public String answerQuestions() {
        if (feedback.run(() -> service.answerQuestions(ref, answer, caller()), "signal.questionsAnswered", Map.of(), "vragen-beantwoorden:tekst")) {
            answer = null;
        }
        return reload();
    }

    public String write() {
        if (feedback.run(() -> service.write(ref, message, caller()), "signal.messageSent", Map.of(), "overleg:tekst")) {
            message = null;
        }
        return reload();
    }

    /** First click: show what publishing does and ask to confirm; the texts stay in the form. */
    public String askRespond() {
        confirming = "beantwoorden";
        return null;
    }

    public String respond() {
        boolean done = feedback.run(() -> service.respond(ref, decision, response, forum, null, caller()), "signal.responded",
                Map.of("antwoord", "beantwoorden:tekst", "besluit", "beantwoorden:besluit", "forum", "beantwoorden:forum"), null);
        confirming = null;
        if (done) {
            response = null;
            forum = null;
            decision = null;
        }
        return reload();
    }

    /** The ministry's interim answer: the texts stay in the form when it is refused. */
    public String interimAnswer() {
        if (feedback.run(() -> service.interimAnswer(ref, interimText, interimDue, null, caller()), "signal.interim.sent",
                Map.of("tekst", "tussenbericht:tekst", "nieuweDatum", "tussenbericht:datum"), null)) {
            interimText = null;
            interimDue = null;
        }
        return reload();
    }

    /** First click on deleting a concept: ask to confirm. */
    public String askDelete() {
        confirming = "verwijderen";
        return null;
    }

    /** Deletes the concept and goes to the list, with the message kept for it. */
    public String delete() {
        confirming = null;
        if (feedback.run(() -> withdrawal.delete(ref, null, caller()), "signal.deleted", Map.of(), null)) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/signalen/index.xhtml?faces-redirect=true";
        }
        return reload();
    }

    /** First click on withdrawing: ask to confirm; the reason stays in the form. */
    public String askWithdraw() {
        confirming = "intrekken";
        return null;
    }

    public String withdraw() {
        confirming = null;
        if (feedback.run(() -> withdrawal.withdraw(ref, withdrawReason, null, caller()), "signal.withdrawn", Map.of(),
                "intrekken:reden")) {
            withdrawReason = null;
        }
        return reload();
    }

    /** "Ik pak dit op": the viewer at the ministry handles it from now on. */
    public String take() {
        feedback.run(() -> ownership.take(ref, caller()), "signal.owner.taken", Map.of(), null);
        return reload();
    }

    /** Assigns it to another person at the ministry, who is told. */
    public String assign() {
        if (feedback.run(() -> ownership.assign(ref, assignee, caller()), "signal.owner.assigned", Map.of("eigenaar", "eigenaar:wie"),
                null)) {
            assignee = null;
        }
        return reload();
    }

    /** The people at the ministry it can be assigned to (only asked when the viewer may assign). */
    public List<UserProfile> getMinistryPeople() {
        if (ministryPeople == null) {
            ministryPeople = getView() != null && view.mayAssign() ? queries.ministryPeople(caller()) : List.of();
        }
        return ministryPeople;
    }

    public String realiseFollowUp() {
        if (feedback.run(() -> followUp.realiseFollowUp(ref, realisedNote, caller()), "signal.followUp.realisedSaved", Map.of(),
                "realiseren:toelichting")) {
            realisedNote = null;
        }
        return reload();
    }

    public String cancel() {
        confirming = null;
        return null;
    }

    public String close() {
        if (feedback.run(() -> service.close(ref, closeNote, caller()), "signal.closed", Map.of(), "sluiten:toelichting")) {
            closeNote = null;
        }
        return reload();
    }

    public String recordFollowUp() {
        feedback.run(() -> followUp.recordFollowUp(ref, followUpChange, followUpExpected, caller()), "signal.followUpSaved",
                Map.of("wijziging", "opvolging:wijziging", "verwachteDatum", "opvolging:verwacht"), null);
        return reload();
    }

    public String addProgress() {
        if (feedback.run(() -> followUp.addProgress(ref, progress, caller()), "signal.progressSaved", Map.of(), "voortgang:tekst")) {
            progress = null;
        }
        return reload();
    }

    private String reload() {
        view = null;
        candidates = null;
        return null;
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getConfirming() {
        return confirming;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getForum() {
        return forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }

    public String getFollowUpChange() {
        return followUpChange;
    }

    public void setFollowUpChange(String followUpChange) {
        this.followUpChange = followUpChange;
    }

    public LocalDate getFollowUpExpected() {
        return followUpExpected;
    }

    public void setFollowUpExpected(LocalDate followUpExpected) {
        this.followUpExpected = followUpExpected;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getRealisedNote() {
        return realisedNote;
    }

    public void setRealisedNote(String realisedNote) {
        this.realisedNote = realisedNote;
    }

    public String getInterimText() {
        return interimText;
    }

    public void setInterimText(String interimText) {
        this.interimText = interimText;
    }

    public LocalDate getInterimDue() {
        return interimDue;
    }

    public void setInterimDue(LocalDate interimDue) {
        this.interimDue = interimDue;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }
}
