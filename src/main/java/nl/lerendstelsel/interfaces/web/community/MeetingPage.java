package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Rsvp;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/** A meeting: when, where, agenda, who comes (and the caller's answer), the calendar file, and the notes afterwards. */
@Named("meeting")
@RequestScoped
public class MeetingPage {

    @Inject
    OutcomeService outcomeService;

    @Inject
    MeetingService service;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private Long id;
    private final Shown<Meeting> meeting = new Shown<>("meeting.missing", "thread.membersOnly");
    private String notes;
    private List<Rsvp> rsvps;
    private String cancelReason;
    /** Whether the question "cancel this meeting?" shows; it travels with the form as a plain field ("bevestig"). */
    private boolean confirmCancel;


    /**
     * The page's {@code id} also travels with every form as a plain field, read here before the page decides which
     * forms and buttons exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
        confirmCancel = "afgelasten".equals(RequestParameters.text("bevestig"));
    }

    public Meeting getMeeting() {
        return meeting.get(id, this::read);
    }

    private Meeting read() {
        Meeting read = service.read(id, caller());
        if (notes == null) {
            notes = read.getNotes();
        }
        return read;
    }

    /** Why the meeting is not shown (message key), or null. */
    public String getProblem() {
        return meeting.problem(id, this::read);
    }

    private Boolean facilitator;

    public boolean isFacilitator() {
        if (facilitator == null) {
            facilitator = getMeeting() != null && communities.access(getMeeting().getCommunity(), caller()).facilitator();
        }
        return facilitator;
    }

    public boolean isTakenPlace() {
        return getMeeting() != null && getMeeting().hasTakenPlace(clock.instant());
    }

    public boolean isOver() {
        return getMeeting() != null && getMeeting().getEndsAt().isBefore(clock.instant());
    }

    public List<Rsvp> getRsvps() {
        if (rsvps == null && getMeeting() != null) {
            rsvps = service.rsvps(id, caller());
        }
        return rsvps == null ? List.of() : rsvps;
    }

    public long count(RsvpAnswer answer) {
        return getRsvps().stream().filter(r -> r.getAnswer() == answer).count();
    }

    public RsvpAnswer getMyAnswer() {
        long me = currentUser.getUser().profileId();
        return getRsvps().stream().filter(r -> r.getPerson().getId() == me).map(Rsvp::getAnswer).findFirst().orElse(null);
    }

    public String answer(RsvpAnswer answer) {
        feedback.run(() -> service.rsvp(id, answer, caller()), "meeting.answered", Map.of(), null);
        rsvps = null;
        return null;
    }

    public String saveNotes() {
        feedback.run(() -> service.notes(id, notes, caller()), "meeting.notesSaved", Map.of("verslag", "verslag:tekst"), "verslag:tekst");
        meeting.reset();
        return null;
    }

    /** Cancelling is confirmed first, with the reason: this shows the question, {@link #cancelMeeting()} does it. */
    public String askCancel() {
        confirmCancel = true;
        return null;
    }

    public String cancelMeeting() {
        if (feedback.run(() -> service.cancel(id, cancelReason, null, caller()), "meeting.cancelled.done",
                Map.of("reden", "afgelasten:reden"), "afgelasten:reden")) {
            confirmCancel = false;
            cancelReason = null;
            meeting.reset();
            rsvps = null;
        }
        return null;
    }

    public String keepMeeting() {
        confirmCancel = false;
        cancelReason = null;
        return null;
    }

    public boolean isConfirmCancel() {
        return confirmCancel;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getAgendaHtml() {
        return getMeeting() == null ? "" : nl.lerendstelsel.domain.model.text.RichText.toHtml(getMeeting().getAgenda());
    }

    public String getNotesHtml() {
        return getMeeting() == null ? "" : nl.lerendstelsel.domain.model.text.RichText.toHtml(getMeeting().getNotes());
    }

    private nl.lerendstelsel.application.Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    private List<nl.lerendstelsel.domain.model.community.Outcome> outcomes;

    /** The outcomes recorded from this meeting that the reader may see. */
    public List<nl.lerendstelsel.domain.model.community.Outcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = getMeeting() == null ? List.of()
                    : outcomeService.outcomesFrom(getMeeting().getCommunity().getId(), id, null, currentUser.caller().orElseThrow());
        }
        return outcomes;
    }
}
