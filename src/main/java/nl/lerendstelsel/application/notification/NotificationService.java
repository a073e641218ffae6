package nl.lerendstelsel.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.bottleneck.Handoffs;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.EmailStatus;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Turns changes to knelpunten into notifications for the people around them (reporter, supporters, followers, and for
 * feedback the members of its CoP; only those who may see the knelpunt), and lets people read them and choose
 * how e-mail reaches them. The observer runs inside the transaction of the change: the notification rows (which are
 * also the e-mail outbox) commit with it or not at all.
 */
@ApplicationScoped
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    CommunityRepository communities;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<EmailQueued> emailQueued;

    /** A page of someone's notifications, newest first. */
    public record Page(List<Notification> items, long total, long unread, int page, int pageSize) {
    }

    public static NotificationKind kindOf(BottleneckChanged.What what) {
        return switch (what) {
            case FEEDBACK -> NotificationKind.TERUGKOPPELING;
            case STEP -> NotificationKind.STAP;
            case COMMENT -> NotificationKind.REACTIE;
            case SUPPORT -> NotificationKind.STEUN;
            case ASSIGNED -> NotificationKind.TOEGEWEZEN;
            case REPORTED, SPLIT_PART, PROPOSED -> NotificationKind.ACTIE;
        };
    }

    void onChange(@Observes BottleneckChanged change) {
        Bottleneck bottleneck = bottlenecks.findByReference(change.reference()).orElseThrow();
        Set<Long> audience = new TreeSet<>();
        if (change.what() != BottleneckChanged.What.REPORTED && change.what() != BottleneckChanged.What.SPLIT_PART
                && change.what() != BottleneckChanged.What.PROPOSED
                && change.what() != BottleneckChanged.What.ASSIGNED) {
            audience.addAll(bottlenecks.audience(bottleneck));
        }
        if (change.what() == BottleneckChanged.What.FEEDBACK && bottleneck.getCommunityId() != null) {
            // feedback down reaches the CoP the knelpunt belongs to as well
            communities.memberships(bottleneck.getCommunityId(), MembershipStatus.ACTIEF)
                    .forEach(m -> audience.add(m.getPerson().getId()));
        }
        Handoffs.Facts facts = new Handoffs.Facts(bottleneck.getTitle(), bottleneck.getReporter().getId(), audience,
                () -> handlersOf(bottleneck), bottleneck.getDeadline() == null ? null : bottleneck.getDeadline().waitingUntil());
        Map<Long, Handoffs.Tell> told = Handoffs.recipients(change, facts);
        notify(told, person -> maySee(person, bottleneck), change.reference());
    }

    /**
     * Who must act on a knelpunt now: its assignee; when nobody is assigned, the handlers of its level (for a CoP's
     * knelpunt at execution level the CoP's facilitators; otherwise the facilitators or coordinators whose regions hold
     * its gemeente, or who look after the whole country, and when there are none of those every one of them, so nothing
     * goes unseen). Nobody at system level: the ministry works on signals.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> handlersOf(Bottleneck bottleneck) {
        if (!bottleneck.getStatus().isOpen()) {
            return Set.of();
        }
        if (bottleneck.getAssignee() != null) {
            return Set.of(bottleneck.getAssignee().getId());
        }
        return levelHandlersOf(bottleneck);
    }

    /** The handlers of the knelpunt's current level, whoever is assigned (see {@link #handlersOf}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> levelHandlersOf(Bottleneck bottleneck) {
        Role role = switch (bottleneck.getLevel()) {
            case EXECUTION -> Role.FACILITATOR;
            case LINKING -> Role.COORDINATOR;
            case SYSTEM -> null;
        };
        if (role == null) {
            return Set.of();
        }
        if (role == Role.FACILITATOR && bottleneck.getCommunityId() != null) {
            return new TreeSet<>(communities.facilitatorIds(bottleneck.getCommunityId()));
        }
        String region = bottleneck.getGemeente() == null || bottleneck.getGemeente().getRegion() == null ? null
                : bottleneck.getGemeente().getRegion().getCode();
        Set<Long> ids = new TreeSet<>(profiles.handlerIds(role, region));
        return ids.isEmpty() ? people.ids(role) : ids;
    }

    /**
     * One notification for each active person of {@code told} that {@code allowed} accepts, with the delivery they
     * chose for its kind: the people and their choices are read for all of them at once, in ascending id order.
     */
    private void notify(Map<Long, Handoffs.Tell> told, Predicate<UserProfile> allowed, String reference) {
        if (told.isEmpty()) {
            return;
        }
        Map<Long, Map<NotificationKind, Delivery>> chosen = notifications.preferences(told.keySet());
        Instant now = clock.instant();
        boolean mail = false;
        for (UserProfile person : profiles.findAllById(told.keySet()).stream().filter(UserProfile::isActive).filter(allowed)
                .sorted(Comparator.comparing(UserProfile::getId)).toList()) {
            Handoffs.Tell tell = told.get(person.getId());
            Notification notification = new Notification(person, tell.kind(), reference, tell.title(), tell.text(),
                    delivery(chosen.getOrDefault(person.getId(), Map.of()), tell.kind()), now);
            notifications.add(notification);
            mail |= notification.getEmailStatus() == EmailStatus.PENDING;
        }
        if (mail) {
            emailQueued.fire(new EmailQueued());
        }
    }

    /** The delivery for a kind: always at once where a clock runs, otherwise the person's choice or the default. */
    static Delivery delivery(Map<NotificationKind, Delivery> chosen, NotificationKind kind) {
        return kind.alwaysDirect() ? Delivery.DIRECT : chosen.getOrDefault(kind, kind.defaultDelivery());
    }

    /**
     * One notification for each active person of {@code ids} that {@code allowed} accepts, with the delivery they
     * chose for this kind.
     */
    private void notify(Set<Long> ids, Predicate<UserProfile> allowed, NotificationKind kind,
                        String reference, Message title, Message text) {
        Map<Long, Handoffs.Tell> told = new java.util.LinkedHashMap<>();
        ids.forEach(id -> told.put(id, new Handoffs.Tell(kind, title, text)));
        notify(told, allowed, reference);
    }

    /**
     * The reporter, supporters and followers of a knelpunt who may see it now: the audience of news about what the
     * knelpunt is part of (its signal). A follower of a knelpunt that was restricted later is left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> audienceWhoMaySee(Bottleneck bottleneck) {
        Set<Long> ids = new TreeSet<>();
        profiles.findAllById(bottlenecks.audience(bottleneck)).stream().filter(person -> maySee(person, bottleneck))
                .forEach(person -> ids.add(person.getId()));
        return ids;
    }

    /** Nobody is told about a knelpunt they may not see (a follower of a knelpunt that was restricted later). */
    private static boolean maySee(UserProfile person, Bottleneck bottleneck) {
        return Viewer.of(person.getSubject(), person.getOrganisation() == null ? null : person.getOrganisation().getCode(),
                person.getRoles()).maySee(bottleneck);
    }

    /**
     * Tells people directly (CoP events: mentions, new posts, membership, meetings, moderation; questions; signals), in
     * the caller's transaction, with the title and text in Dutch and English; never the person who acted, never someone
     * whose access was switched off.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Collection<Long> userIds, NotificationKind kind, String reference, Message title, Message text,
                     Long actorId) {
        Set<Long> ids = new TreeSet<>(userIds);
        if (actorId != null) {
            ids.remove(actorId);
        }
        notify(ids, person -> true, kind, reference, title, text);
    }

    /**
     * Erases the text of everyone's notifications of {@code kinds} about {@code reference} that quote one of {@code
     * texts} (a post that was deleted or removed): the title stays, in the app and in an e-mail not sent yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseQuotes(String reference, Collection<NotificationKind> kinds, Collection<String> texts) {
        notifications.about(reference, kinds).stream().filter(n -> n.getBody() != null && texts.contains(n.getBody()))
                .forEach(Notification::eraseText);
    }

    /**
     * A reminder or overdue notice about a knelpunt to {@code ids} (in the caller's transaction), as {@link
     * NotificationKind#HERINNERING}; only to those who may see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(Bottleneck bottleneck, Set<Long> ids, Message title, Message text) {
        notify(ids, person -> maySee(person, bottleneck), NotificationKind.HERINNERING, bottleneck.getReference(), title, text);
    }

    /**
     * A reminder or overdue notice about something else than a knelpunt (a signal, a Q&amp;A answer) to {@code ids}, in
     * the caller's transaction; the caller chose people who may see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remindOf(String reference, Set<Long> ids, Message title, Message text) {
        notify(ids, person -> true, NotificationKind.HERINNERING, reference, title, text);
    }

    /**
     * The unread count of the person with this profile id: for the header's bell, which knows the signed-in person's
     * profile id from the session's snapshot and so needs no look-up by subject (one indexed COUNT per page).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCountOfProfile(long profileId) {
        return notifications.unreadCount(profileId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(Caller caller, int page, int pageSize) {
        UserProfile person = people.of(caller);
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        return new Page(notifications.page(person.getId(), (number - 1) * size, size), notifications.count(person.getId()),
                notifications.unreadCount(person.getId()), number, size);
    }

    /** Marks one of the caller's own notifications read; someone else's does not exist for them. */
    @Transactional
    public Notification markRead(Long id, Caller caller) {
        UserProfile person = people.of(caller);
        Notification notification = notifications.find(id).filter(n -> n.getRecipient().getId().equals(person.getId()))
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.notification", String.valueOf(id))));
        notification.markRead(clock.instant());
        return notification;
    }

    @Transactional
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(people.of(caller).getId(), clock.instant());
    }

    /** The caller's delivery per kind: their choice, or the kind's default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, Delivery> preferences(Caller caller) {
        Map<NotificationKind, Delivery> chosen = notifications.preferences(people.of(caller).getId());
        Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, chosen.getOrDefault(kind, kind.defaultDelivery()));
        }
        return all;
    }

    @Transactional
    public Map<NotificationKind, Delivery> setPreferences(Map<NotificationKind, Delivery> choices, Caller caller) {
        UserProfile person = people.of(caller);
        choices.forEach((kind, delivery) -> {
            if (kind != null && delivery != null && !kind.alwaysDirect()) {
                notifications.setPreference(person.getId(), kind, delivery);
            }
        });
        auditLog.record(person.getUsername(), "MELDINGVOORKEUREN_GEWIJZIGD", "UserProfile", person.getSubject(),
                AuditEntry.Result.SUCCESS, caller.origin(), choices.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(java.util.stream.Collectors.joining(", ")));
        return preferences(caller);
    }

}
