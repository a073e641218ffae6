package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
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
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
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
    CommunityRepository communities;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** A page of someone's notifications, newest first. */
    public record Page(List<Notification> items, long total, long unread, int page, int pageSize) {
    }

    /** Who is told of a change: everyone around the knelpunt except whoever did it; an assignment only the assignee. */
    static Set<Long> recipients(BottleneckChanged change, Set<Long> audience) {
        Set<Long> ids = new TreeSet<>();
        if (change.what() == BottleneckChanged.What.ASSIGNED) {
            if (change.assigneeId() != null) {
                ids.add(change.assigneeId());
            }
        } else {
            ids.addAll(audience);
        }
        if (change.actorId() != null) {
            ids.remove(change.actorId());
        }
        return ids;
    }

    static NotificationKind kindOf(BottleneckChanged.What what) {
        return switch (what) {
            case FEEDBACK -> NotificationKind.TERUGKOPPELING;
            case STEP -> NotificationKind.STAP;
            case COMMENT -> NotificationKind.REACTIE;
            case SUPPORT -> NotificationKind.STEUN;
            case ASSIGNED -> NotificationKind.TOEGEWEZEN;
        };
    }

    void onChange(@Observes BottleneckChanged change) {
        Bottleneck bottleneck = bottlenecks.findByReference(change.reference()).orElseThrow();
        NotificationKind kind = kindOf(change.what());
        String title = change.summary() + " — " + bottleneck.getTitle();
        Set<Long> audience = new TreeSet<>(bottlenecks.audience(bottleneck));
        if (change.what() == BottleneckChanged.What.FEEDBACK && bottleneck.getCommunity() != null) {
            // feedback down reaches the CoP the knelpunt belongs to as well
            communities.memberships(bottleneck.getCommunity().getId(), MembershipStatus.ACTIEF)
                    .forEach(m -> audience.add(m.getPerson().getId()));
        }
        notify(recipients(change, audience), person -> maySee(person, bottleneck), kind, change.reference(), title, change.text());
    }

    /**
     * One notification for each active person of {@code ids} that {@code allowed} accepts, with the delivery they
     * chose for this kind: the people and their choices are read for all of them at once, in ascending id order.
     */
    private void notify(Set<Long> ids, Predicate<UserProfile> allowed, NotificationKind kind,
                        String reference, String title, String text) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Map<NotificationKind, Delivery>> chosen = notifications.preferences(ids);
        Instant now = clock.instant();
        profiles.findAllById(ids).stream().filter(UserProfile::isActive).filter(allowed)
                .sorted(Comparator.comparing(UserProfile::getId))
                .forEach(person -> notifications.add(new Notification(person, kind, reference, title, text,
                        chosen.getOrDefault(person.getId(), Map.of()).getOrDefault(kind, kind.defaultDelivery()), now)));
    }

    /** Nobody is told about a knelpunt they may not see (a follower of a knelpunt that was restricted later). */
    private static boolean maySee(UserProfile person, Bottleneck bottleneck) {
        return Viewer.of(person.getSubject(), person.getOrganisation() == null ? null : person.getOrganisation().getCode(),
                person.getRoles()).maySee(bottleneck);
    }

    /**
     * Tells people directly (CoP events: mentions, new posts, membership, meetings, moderation), in the caller's
     * transaction; never the person who acted, never someone whose access was switched off.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Collection<Long> userIds, NotificationKind kind, String reference, String title, String text,
                     Long actorId) {
        Set<Long> ids = new TreeSet<>(userIds);
        if (actorId != null) {
            ids.remove(actorId);
        }
        notify(ids, person -> true, kind, reference, title, text);
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
        UserProfile person = profileOf(caller);
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        return new Page(notifications.page(person.getId(), (number - 1) * size, size), notifications.count(person.getId()),
                notifications.unreadCount(person.getId()), number, size);
    }

    /** Marks one of the caller's own notifications read; someone else's does not exist for them. */
    @Transactional
    public Notification markRead(Long id, Caller caller) {
        UserProfile person = profileOf(caller);
        Notification notification = notifications.find(id).filter(n -> n.getRecipient().getId().equals(person.getId()))
                .orElseThrow(() -> new NotFoundException("Melding " + id + " bestaat niet / does not exist"));
        notification.markRead(clock.instant());
        return notification;
    }

    @Transactional
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(profileOf(caller).getId(), clock.instant());
    }

    /** The caller's delivery per kind: their choice, or the kind's default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, Delivery> preferences(Caller caller) {
        Map<NotificationKind, Delivery> chosen = notifications.preferences(profileOf(caller).getId());
        Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, chosen.getOrDefault(kind, kind.defaultDelivery()));
        }
        return all;
    }

    @Transactional
    public Map<NotificationKind, Delivery> setPreferences(Map<NotificationKind, Delivery> choices, Caller caller) {
        UserProfile person = profileOf(caller);
        choices.forEach((kind, delivery) -> {
            if (kind != null && delivery != null) {
                notifications.setPreference(person.getId(), kind, delivery);
            }
        });
        auditLog.record(person.getUsername(), "MELDINGVOORKEUREN_GEWIJZIGD", "UserProfile", person.getSubject(),
                AuditEntry.Result.SUCCESS, caller.origin(), choices.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(java.util.stream.Collectors.joining(", ")));
        return preferences(caller);
    }

    private UserProfile profileOf(Caller caller) {
        return profiles.findBySubject(caller.subject())
                .orElseThrow(() -> new AccessDeniedException("Onbekende gebruiker / unknown user"));
    }
}
