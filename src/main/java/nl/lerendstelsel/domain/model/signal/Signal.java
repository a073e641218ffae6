package nl.lerendstelsel.domain.model.signal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A signal to SZW: a coordinator bundles knelpunten into one problem statement with analysis, urgency and a
 * proposal; the ministry acknowledges it, may ask questions, and publishes a formal response with a decision. Its
 * status only changes through {@link #perform}, which asks {@link SignalWorkflow} and writes the history line.
 * The evidence is never stored: it is derived from the knelpunten ({@link Evidence}).
 */
@Entity
@Table(name = "szw_signal")
public class Signal {

    @Id
    @SequenceGenerator(name = "szw_signal_seq", sequenceName = "szw_signal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "szw_signal_seq")
    private Long id;

    @Column(nullable = false, length = 20, unique = true, updatable = false)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String problem;

    @Column(nullable = false)
    private String analysis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Proposal proposal;

    /** Further kinds of proposal besides the main one ({@link #proposal}): a signal may ask for several things. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "szw_signal_proposal", joinColumns = @JoinColumn(name = "signal_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal", nullable = false, length = 40)
    private java.util.Set<Proposal> furtherProposals = new java.util.TreeSet<>();

    /** What exactly the coordinator proposes, in their words, besides the kind of proposal (optional). */
    @Column(name = "proposal_text")
    private String proposalText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignalStatus status;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserProfile author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The day of submission in Europe/Amsterdam: the deadlines and the report periods count from it. */
    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "acknowledge_due")
    private LocalDate acknowledgeDue;

    @Column(name = "answer_due")
    private LocalDate answerDue;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Decision decision;

    @Column
    private String response;

    /** For {@link Decision#DOORVERWEZEN}: the forum it was referred to, e.g. the Bestuurlijk Overleg. */
    @Column(length = 200)
    private String forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responder_id")
    private UserProfile responder;

    /** Follow-up of an adopted decision: what changes and when, and whether it is realised. */
    @Embedded
    private FollowUp followUp = new FollowUp();

    /** Who handles the signal at the ministry: took it or was assigned it; {@code null} while nobody does. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserProfile owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "szw_signal_bottleneck", joinColumns = @JoinColumn(name = "signal_id"),
            inverseJoinColumns = @JoinColumn(name = "bottleneck_id"))
    @OrderBy("reference")
    private Set<Bottleneck> bottlenecks = new LinkedHashSet<>();

    /** The articles of law the signal is about (none, or some), in the order they were named. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "szw_signal_law", joinColumns = @JoinColumn(name = "signal_id"))
    @OrderColumn(name = "position")
    private List<LawReference> lawReferences = new ArrayList<>();

    @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<SignalEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("createdAt, id")
    private List<SignalMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("createdAt, id")
    private List<SignalProgress> progress = new ArrayList<>();

    @Version
    private long version;

    protected Signal() {
    }

    /** A new concept by {@code author}; the first history line says it was created. */
    public Signal(String reference, UserProfile author, Instant now) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.author = Objects.requireNonNull(author, "author");
        this.status = SignalStatus.CONCEPT;
        this.createdAt = now;
        this.changedAt = now;
        history.add(new SignalEvent(this, SignalEvent.CREATED, null, SignalStatus.CONCEPT, author, null, now));
    }

    /** Sets the coordinator's texts: only while it is a concept or back with the coordinator for questions. */
    public void describe(String title, String problem, String analysis, Urgency urgency, Proposal proposal, Instant now) {
        describe(title, problem, analysis, urgency, proposal, proposalText, now);
    }

    /** As above, with what exactly is proposed ({@code null}: nothing besides the kind of proposal). */
    public void describe(String title, String problem, String analysis, Urgency urgency, Proposal proposal, String proposalText,
                         Instant now) {
        if (!isEditable()) {
            throw new SignalWorkflowException(Message.of("refusal.signal.notEditable", Message.of("signal.status." + status.name())));
        }
        this.title = title;
        this.problem = problem;
        this.analysis = analysis;
        this.urgency = urgency;
        this.proposal = proposal;
        this.proposalText = proposalText;
        this.changedAt = now;
    }

    /** The coordinator may change the texts while it is a concept and while the ministry waits for answers to its questions. */
    public boolean isEditable() {
        return status == SignalStatus.CONCEPT || status == SignalStatus.VRAGEN;
    }

    /**
     * One step from the workflow table by {@code by}; refused with a {@link SignalWorkflowException} when the table does
     * not allow it. Writes the history line and the moments the report and the deadlines count with.
     */
    public SignalEvent perform(SignalAction action, SignalRole by, UserProfile actor, String text, Instant now) {
        SignalStatus from = status;
        SignalStatus to = SignalWorkflow.next(from, action, by, text);
        status = to;
        changedAt = now;
        switch (action) {
            case INDIENEN -> submittedAt = now;
            case ONTVANGST_BEVESTIGEN -> acknowledgedAt = now;
            case BEANTWOORDEN -> answeredAt = now;
            case SLUITEN, INTREKKEN -> closedAt = now;
            default -> { }
        }
        SignalEvent event = new SignalEvent(this, action.name(), from, to, actor, text, now);
        history.add(event);
        return event;
    }

    /** Sets the day of submission and the ministry's due dates (computed once, so later setting changes apply to new signals only). */
    public void scheduled(LocalDate submittedOn, SignalDeadlines deadlines) {
        this.submittedOn = submittedOn;
        this.acknowledgeDue = deadlines.acknowledgeBy(submittedOn);
        this.answerDue = deadlines.answerBy(submittedOn);
    }

    /** Overdue on {@code today}: not acknowledged after its acknowledge day, or not answered after its answer day. */
    public boolean isOverdue(LocalDate today) {
        return SignalDeadlines.isOverdue(status, acknowledgeDue, answerDue, today);
    }

    /** A history line that is not a workflow step: an edit, the follow-up. */
    public void note(String action, UserProfile actor, String text, Instant now) {
        history.add(new SignalEvent(this, action, status, status, actor, text, now));
        changedAt = now;
    }

    /**
     * The ministry's interim answer ({@link SignalAction#TUSSENBERICHT}): what happens next and by when. The signal stays in
     * behandeling and its answer deadline moves to {@code due} (computed by {@link SignalDeadlines#interimDue}); the
     * history line keeps the old and the new date.
     */
    public SignalEvent interimAnswer(SignalRole by, UserProfile actor, String text, LocalDate due, Instant now) {
        Objects.requireNonNull(due, "due");
        LocalDate before = answerDue;
        SignalEvent event = perform(SignalAction.TUSSENBERICHT, by, actor, text, now);
        answerDue = due;
        event.deadlineMoved(before, due);
        return event;
    }

    /** The interim answers, oldest first. */
    public List<SignalEvent> getInterimAnswers() {
        return history.stream().filter(e -> SignalAction.TUSSENBERICHT.name().equals(e.getAction())).toList();
    }

    /**
     * {@code newOwner} handles the signal at the ministry from now on (the caller checked they work there): they took it
     * themselves or {@code actor} assigned it. Only once it is submitted and until it is closed or withdrawn; not to who has
     * it already.
     * The history line names the new owner.
     */
    public SignalEvent assignOwner(UserProfile newOwner, UserProfile actor, Instant now) {
        Objects.requireNonNull(newOwner, "newOwner");
        if (status == SignalStatus.CONCEPT || status == SignalStatus.GESLOTEN || status == SignalStatus.INGETROKKEN) {
            throw new SignalWorkflowException(Message.of("refusal.signal.ownerNotNow", Message.of("signal.status." + status.name())));
        }
        if (owner == newOwner || owner != null && owner.getId() != null && owner.getId().equals(newOwner.getId())) {
            throw new SignalWorkflowException(Message.of("refusal.signal.ownerAlready"));
        }
        owner = newOwner;
        changedAt = now;
        SignalEvent event = new SignalEvent(this, SignalEvent.OWNER, status, status, actor, newOwner.getDisplayName(), now);
        history.add(event);
        return event;
    }

    /** Records the formal response (the status step is {@link #perform} with {@link SignalAction#BEANTWOORDEN}). */
    public void respond(Decision decision, String response, String forum, UserProfile responder) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.response = response;
        this.forum = decision == Decision.DOORVERWEZEN ? forum : null;
        this.responder = responder;
    }

    /** What changes after an adopted decision and when; only once answered with an adopted decision, and not once realised. */
    public void recordFollowUp(String change, LocalDate expected, Instant now) {
        requireFollowUp();
        this.followUp = followUp().recorded(change, expected);
        this.changedAt = now;
    }

    /** A progress update on the follow-up, until it is realised. */
    public SignalProgress addProgress(UserProfile author, String body, Instant now) {
        requireFollowUp();
        followUp().requireNotRealised();
        SignalProgress update = new SignalProgress(this, author, body, now);
        progress.add(update);
        changedAt = now;
        return update;
    }

    /**
     * The ministry marks the follow-up realised, with a note on what was realised: only once the follow-up is recorded,
     * and once. The history line carries the note.
     */
    public SignalEvent realiseFollowUp(UserProfile actor, String note, Instant now) {
        requireFollowUp();
        this.followUp = followUp().realised(note, now);
        this.changedAt = now;
        SignalEvent event = new SignalEvent(this, SignalEvent.FOLLOW_UP_REALISED, status, status, actor, note, now);
        history.add(event);
        return event;
    }

    public boolean isFollowUpRealised() {
        return followUp().isRealised();
    }

    /** Follow-up past its expected date on {@code today} and not realised. */
    public boolean isFollowUpOverdue(LocalDate today) {
        return followUp().isOverdue(today);
    }

    /** The follow-up (none recorded yet: an empty one; a row whose follow-up columns are all empty may load as null). */
    private FollowUp followUp() {
        return followUp == null ? new FollowUp() : followUp;
    }

    private void requireFollowUp() {
        if (decision == null || !decision.isAdopted()) {
            throw new SignalWorkflowException(Message.of("refusal.signal.followUpNotAdopted"));
        }
    }

    /** A message in the clarification thread between ministry and coordinator. */
    public SignalMessage addMessage(UserProfile author, SignalRole side, SignalMessage.Kind kind, String body, Instant now) {
        SignalMessage message = new SignalMessage(this, author, side, kind, body, now);
        messages.add(message);
        return message;
    }

    /** Adds a knelpunt (the caller checked the workflow table and the knelpunt's state); false when it was already in. */
    public boolean attach(Bottleneck bottleneck, UserProfile actor, Instant now) {
        if (!bottlenecks.add(bottleneck)) {
            return false;
        }
        changedAt = now;
        history.add(new SignalEvent(this, SignalAction.KNELPUNT_TOEVOEGEN.name(), status, status, actor, bottleneck.getReference(), now));
        return true;
    }

    /** Takes a knelpunt out again: only while it is a concept (after submission it has moved to system level). */
    public boolean detach(Bottleneck bottleneck, UserProfile actor, Instant now) {
        if (status != SignalStatus.CONCEPT) {
            throw new SignalWorkflowException(Message.of("refusal.signal.detachOnlyDraft"));
        }
        if (!bottlenecks.remove(bottleneck)) {
            return false;
        }
        changedAt = now;
        history.add(new SignalEvent(this, SignalEvent.DETACHED, status, status, actor, bottleneck.getReference(), now));
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getAnalysis() {
        return analysis;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getProposalText() {
        return proposalText;
    }

    /** Every kind of proposal of the signal: the main one first, then the others in their order. */
    public List<Proposal> getProposals() {
        List<Proposal> all = new ArrayList<>();
        all.add(proposal);
        furtherProposals.stream().filter(p -> p != proposal).forEach(all::add);
        return all;
    }

    /** Sets the further kinds of proposal besides the main one (the main one itself is left out); like the texts. */
    public void proposeAlso(java.util.Collection<Proposal> further, Instant now) {
        if (!isEditable()) {
            throw new SignalWorkflowException(Message.of("refusal.signal.notEditable", Message.of("signal.status." + status.name())));
        }
        furtherProposals.clear();
        further.stream().filter(p -> p != null && p != proposal).forEach(furtherProposals::add);
        changedAt = now;
    }

    /** The articles of law the signal is about. */
    public List<LawReference> getLawReferences() {
        return Collections.unmodifiableList(lawReferences);
    }

    /**
     * Names the articles of law the signal is about, replacing those named before: like its texts, only while it is a
     * concept or back with the coordinator for questions.
     */
    public void cite(List<LawReference> references, Instant now) {
        if (!isEditable()) {
            throw new SignalWorkflowException(Message.of("refusal.signal.notEditable", Message.of("signal.status." + status.name())));
        }
        lawReferences.clear();
        lawReferences.addAll(references);
        changedAt = now;
    }

    public SignalStatus getStatus() {
        return status;
    }

    public UserProfile getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getAcknowledgeDue() {
        return acknowledgeDue;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getResponse() {
        return response;
    }

    public String getForum() {
        return forum;
    }

    public UserProfile getResponder() {
        return responder;
    }

    public String getFollowUpChange() {
        return followUp().getChange();
    }

    public LocalDate getFollowUpExpected() {
        return followUp().getExpected();
    }

    public Instant getFollowUpRealisedAt() {
        return followUp().getRealisedAt();
    }

    public String getFollowUpRealisedNote() {
        return followUp().getRealisedNote();
    }

    public UserProfile getOwner() {
        return owner;
    }

    public Set<Bottleneck> getBottlenecks() {
        return Collections.unmodifiableSet(bottlenecks);
    }

    public List<SignalEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<SignalMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public List<SignalProgress> getProgress() {
        return Collections.unmodifiableList(progress);
    }

    public long getVersion() {
        return version;
    }
}
