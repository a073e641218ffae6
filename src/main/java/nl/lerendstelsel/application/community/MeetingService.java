package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.community.Rsvp;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Meetings of a CoP. Facilitators plan, move and cancel meetings (times entered and shown in Europe/Amsterdam; the
 * members are told each time, and their e-mail carries the calendar entry) and write the notes afterwards; members
 * answer whether they come and download the meeting for their calendar. What a meeting brought is recorded with
 * {@link OutcomeService}.
 */
@ApplicationScoped
public class MeetingService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;
    private static final java.time.format.DateTimeFormatter UNTIL = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm", Locale.ROOT).withZone(DutchTime.ZONE);

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    /** A meeting as planned; times are local to Europe/Amsterdam. */
    public record MeetingInput(MeetingKind kind, String title, LocalDateTime start, LocalDateTime end, String location,
                               String onlineLink, String agenda) {
    }

    @Transactional
    public Meeting plan(Long communityId, MeetingInput input, Caller caller) {
        Community community = communityService.load(communityId);
        CommunityService.Access access = communityService.requireFacilitator(community, caller);
        Meeting meeting = new Meeting(community, access.person(), communityService.now());
        apply(meeting, input);
        communities.add(meeting);
        communities.flush();
        auditLog.success(access.person(), "COP_BIJEENKOMST_GEPLAND", "Meeting", meeting.getId(), caller, null);
        notifications.tell(communityService.memberIds(communityId), NotificationKind.BIJEENKOMST, meeting.getReference(),
                Message.of("notification.meeting.planned", meeting.getTitle(), moment(meeting.getStartsAt()), community.getName()),
                Message.verbatim(meeting.getAgenda()), access.person().getId());
        return meeting;
    }

    @Transactional
    public Meeting replan(Long meetingId, MeetingInput input, Long expectedVersion, Caller caller) {
        Facilitated facilitated = facilitated(meetingId, expectedVersion, caller);
        Meeting meeting = facilitated.meeting();
        CommunityService.Access access = facilitated.access();
        boolean moved = apply(meeting, input);
        auditLog.success(access.person(), "COP_BIJEENKOMST_GEWIJZIGD", "Meeting", meetingId, caller, null);
        if (moved) {
            notifications.tell(communityService.memberIds(meeting.getCommunity().getId()), NotificationKind.BIJEENKOMSTWIJZIGING,
                    meeting.getReference(), Message.of("notification.meeting.moved", meeting.getTitle(), moment(meeting.getStartsAt()),
                            meeting.getCommunity().getName()), whenAndWhere(meeting), access.person().getId());
        }
        return meeting;
    }

    /**
     * A facilitator cancels a meeting that has not ended, with a reason the members see; they are told, and their
     * e-mail carries the cancellation for their calendar. A cancelled meeting is no longer upcoming.
     */
    @Transactional
    public Meeting cancel(Long meetingId, String reason, Long expectedVersion, Caller caller) {
        Facilitated facilitated = facilitated(meetingId, expectedVersion, caller);
        Meeting meeting = facilitated.meeting();
        CommunityService.Access access = facilitated.access();
        if (meeting.getEndsAt().isBefore(communityService.now())) {
            throw new NotPossibleException(Message.of("refusal.meeting.overNoCancel"));
        }
        String why = InputChecks.reason(reason, 1, CommunityService.REASON_MAX);
        meeting.cancel(why, communityService.now());
        auditLog.success(access.person(), "COP_BIJEENKOMST_AFGELAST", "Meeting", meetingId, caller, why);
        notifications.tell(communityService.memberIds(meeting.getCommunity().getId()), NotificationKind.BIJEENKOMSTWIJZIGING,
                meeting.getReference(), Message.of("notification.meeting.cancelled", meeting.getTitle(), moment(meeting.getStartsAt()),
                        meeting.getCommunity().getName()), Message.of("notification.reason", why), access.person().getId());
        return meeting;
    }

    /** A meeting that is not cancelled, to be changed by a facilitator of its CoP; as of {@code expectedVersion} when given. */
    private Facilitated facilitated(Long meetingId, Long expectedVersion, Caller caller) {
        Meeting meeting = meeting(meetingId);
        CommunityService.Access access = communityService.requireFacilitator(meeting.getCommunity(), caller);
        if (expectedVersion != null && expectedVersion != meeting.getVersion()) {
            throw new ConcurrentChangeException(meeting.getReference(), meeting.getVersion());
        }
        requireNotCancelled(meeting);
        return new Facilitated(meeting, access);
    }

    private record Facilitated(Meeting meeting, CommunityService.Access access) {
    }

    private static void requireNotCancelled(Meeting meeting) {
        if (meeting.isCancelled()) {
            throw new NotPossibleException(Message.of("refusal.meeting.cancelled"));
        }
    }

    private static Message whenAndWhere(Meeting meeting) {
        boolean sameDay = meeting.getStartsAt().atZone(DutchTime.ZONE).toLocalDate()
                .equals(meeting.getEndsAt().atZone(DutchTime.ZONE).toLocalDate());
        Message text = Message.of("notification.meeting.when", moment(meeting.getStartsAt()),
                sameDay ? UNTIL.format(meeting.getEndsAt()) : moment(meeting.getEndsAt()));
        if (meeting.getLocation() != null) {
            text = Message.of("notification.meeting.where", text, meeting.getLocation());
        }
        if (meeting.getOnlineLink() != null) {
            text = Message.of("notification.meeting.online", text, meeting.getOnlineLink());
        }
        return text;
    }

    /** A moment as the members read it: in Europe/Amsterdam, written out in their language. */
    private static java.time.ZonedDateTime moment(Instant instant) {
        return instant.atZone(DutchTime.ZONE);
    }

    /** Checks and applies the input; returns whether an already planned meeting moved (another time or place). */
    private boolean apply(Meeting meeting, MeetingInput input) {
        FieldErrors errors = new FieldErrors();
        if (input.kind() == null) {
            errors.put("soort", Message.of("input.meeting.kind"));
        }
        String title = InputChecks.required(errors, "titel", input.title(), 3, TITLE_MAX);
        if (input.start() == null) {
            errors.put("begin", Message.of("input.meeting.start"));
        }
        if (input.end() == null) {
            errors.put("einde", Message.of("input.meeting.end"));
        } else if (input.start() != null && !input.end().isAfter(input.start())) {
            errors.put("einde", Message.of("input.meeting.endAfterStart"));
        }
        String location = InputChecks.optional(errors, "plaats", input.location(), 300);
        String link = InputChecks.optional(errors, "onlineLink", input.onlineLink(), 1000);
        if (link != null && !isWebAddress(link)) {
            errors.put("onlineLink", Message.of("input.meeting.onlineLink"));
        }
        if (location == null && link == null) {
            errors.put("plaats", Message.of("input.meeting.placeOrLink"));
        }
        String agenda = InputChecks.optional(errors, "agenda", input.agenda(), TEXT_MAX);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("titel", title, "plaats", location, "onlineLink", link, "agenda", agenda);
        return meeting.plan(input.kind(), title, input.start().atZone(DutchTime.ZONE).toInstant(),
                input.end().atZone(DutchTime.ZONE).toInstant(), location, link, agenda);
    }

    public static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The notes afterwards (light markup); only once the meeting has begun. */
    @Transactional
    public Meeting notes(Long meetingId, String notes, Caller caller) {
        Facilitated facilitated = facilitated(meetingId, null, caller);
        Meeting meeting = facilitated.meeting();
        CommunityService.Access access = facilitated.access();
        if (!meeting.hasTakenPlace(communityService.now())) {
            throw new NotPossibleException(Message.of("refusal.meeting.notesNotYet"));
        }
        FieldErrors errors = new FieldErrors();
        String checked = InputChecks.optional(errors, "verslag", notes, TEXT_MAX);
        errors.throwIfAny();
        InputChecks.rejectPersonalData("verslag", checked);
        meeting.setNotes(checked);
        auditLog.success(access.person(), "COP_BIJEENKOMST_VERSLAG", "Meeting", meetingId, caller, null);
        return meeting;
    }

    @Transactional
    public Rsvp rsvp(Long meetingId, RsvpAnswer answer, Caller caller) {
        Meeting meeting = meeting(meetingId);
        CommunityService.Access access = communityService.requireMember(meeting.getCommunity(), caller);
        if (answer == null) {
            throw InvalidInputException.of("antwoord", Message.of("input.meeting.rsvp"));
        }
        requireNotCancelled(meeting);
        if (meeting.getEndsAt().isBefore(communityService.now())) {
            throw new NotPossibleException(Message.of("refusal.meeting.over"));
        }
        Instant now = communityService.now();
        UserProfile person = access.person();
        Rsvp rsvp = communities.rsvp(meetingId, person.getId()).orElse(null);
        if (rsvp == null) {
            rsvp = new Rsvp(meetingId, person, answer, now);
            communities.add(rsvp);
        } else {
            rsvp.answer(answer, now);
        }
        return rsvp;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting read(Long meetingId, Caller caller) {
        Meeting meeting = meeting(meetingId);
        communityService.requireMember(meeting.getCommunity(), caller);
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rsvp> rsvps(Long meetingId, Caller caller) {
        return communities.rsvps(read(meetingId, caller).getId());
    }

    /** The meetings of a CoP for a member: upcoming (soonest first, not cancelled) or past (latest first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> meetings(Long communityId, boolean upcoming, Caller caller) {
        communityService.requireMember(communityService.load(communityId), caller);
        return communities.meetings(communityId, communityService.now(), upcoming, 50);
    }

    private Meeting meeting(Long id) {
        return communities.findMeeting(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.meeting", String.valueOf(id))));
    }
}
