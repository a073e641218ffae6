package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A meeting of a CoP: when (stored as instants, shown in Europe/Amsterdam), where or online, the agenda, and notes
 * afterwards. A facilitator can cancel it with a reason members see. The calendar sequence grows with every move and
 * with the cancellation, so calendars that received the meeting take the newest version (RFC 5545 SEQUENCE).
 */
@Entity
@Table(name = "cop_meeting")
public class Meeting {

    @Id
    @SequenceGenerator(name = "cop_meeting_seq", sequenceName = "cop_meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_meeting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cop_id", updatable = false)
    private Community community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String location;

    @Column(name = "online_link", length = 1000)
    private String onlineLink;

    private String agenda;

    private String notes;

    @Column(name = "ics_sequence", nullable = false)
    private int sequence;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private UserProfile createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Community community, UserProfile createdBy, Instant now) {
        this.community = community;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Plans or re-plans: every field replaced. Returns whether a planned meeting moved (another begin, end, place or
     * online link): then members must be told and their calendars updated, so the sequence grows.
     */
    public boolean plan(MeetingKind newKind, String newTitle, Instant start, Instant end, String newLocation, String link,
                        String newAgenda) {
        if (cancelledAt != null) {
            throw new IllegalStateException("A cancelled meeting is not planned again");
        }
        boolean moved = startsAt != null && (!start.equals(startsAt) || !end.equals(endsAt)
                || !java.util.Objects.equals(newLocation, location) || !java.util.Objects.equals(link, onlineLink));
        if (moved) {
            sequence++;
        }
        this.kind = newKind;
        this.title = newTitle;
        this.startsAt = start;
        this.endsAt = end;
        this.location = newLocation;
        this.onlineLink = link;
        this.agenda = newAgenda;
        return moved;
    }

    /** Cancels the meeting with the reason members see. */
    public void cancel(String reason, Instant now) {
        if (cancelledAt != null) {
            throw new IllegalStateException("Already cancelled");
        }
        cancelledAt = now;
        cancelReason = reason;
        sequence++;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The iCalendar SEQUENCE: 0 as planned, one more for every move and for the cancellation. */
    public int getSequence() {
        return sequence;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean hasTakenPlace(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** The reference notifications use: {@code BIJ-<id>}. */
    public String getReference() {
        return "BIJ-" + id;
    }
}
