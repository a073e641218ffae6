package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.IcsCalendar;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A CoP meeting in people's calendars: the file a member downloads, and the entry an e-mail about the meeting carries
 * (an iTIP invitation or cancellation of the same event, with the meeting's current sequence).
 */
@ApplicationScoped
public class MeetingCalendar {

    @Inject
    CommunityRepository communities;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    /** The meeting as an iCalendar file, for a member (cancelled when it was). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String ics(Long meetingId, String baseUrl, Caller caller) {
        return IcsCalendar.of(event(meetings.read(meetingId, caller), baseUrl));
    }

    /** A calendar entry for an e-mail: its file name, whether it invites or cancels, and the iCalendar text. */
    public record Invitation(String fileName, IcsCalendar.Method method, String text) {
    }

    /**
     * The calendar entry an e-mail about meeting {@code reference} ({@code BIJ-<id>}) carries for {@code recipient}, as
     * the meeting is now: an invitation with its current time and place and sequence, or its cancellation. Empty when
     * the reference is no meeting, or the recipient is no longer an active member of its CoP.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitation> invitation(String reference, UserProfile recipient, String organizerAddress,
                                                     String baseUrl) {
        if (reference == null || !reference.matches("BIJ-\\d{1,18}")) {
            return Optional.empty();
        }
        return communities.findMeeting(Long.valueOf(reference.substring(4)))
                .filter(m -> communities.membership(m.getCommunity().getId(), recipient.getId())
                        .filter(Membership::isActive).isPresent())
                .map(m -> {
                    IcsCalendar.Method method = m.isCancelled() ? IcsCalendar.Method.CANCEL : IcsCalendar.Method.REQUEST;
                    IcsCalendar.Party from = new IcsCalendar.Party(m.getCommunity().getName(), organizerAddress);
                    return new Invitation("bijeenkomst-" + m.getId() + ".ics", method, IcsCalendar.of(event(m, baseUrl), method,
                            from, new IcsCalendar.Party(recipient.getDisplayName(), recipient.getEmail())));
                });
    }

    private IcsCalendar.Event event(Meeting meeting, String baseUrl) {
        String url = baseUrl + "/app/cops/bijeenkomst.xhtml?id=" + meeting.getId();
        StringBuilder description = new StringBuilder(meeting.getCommunity().getName());
        if (meeting.isCancelled()) {
            description.append("\n\nAfgelast / cancelled: ").append(meeting.getCancelReason());
        }
        if (meeting.getAgenda() != null) {
            description.append("\n\nAgenda:\n").append(meeting.getAgenda());
        }
        if (meeting.getOnlineLink() != null) {
            description.append("\n\nOnline: ").append(meeting.getOnlineLink());
        }
        description.append("\n\n").append(url);
        String location = meeting.getLocation() != null ? meeting.getLocation() : meeting.getOnlineLink();
        return new IcsCalendar.Event("bijeenkomst-" + meeting.getId() + "@lerend-stelsel", meeting.getStartsAt(),
                meeting.getEndsAt(), meeting.getTitle(), description.toString(), location, url, clock.instant(),
                meeting.getSequence(), meeting.isCancelled());
    }
}
