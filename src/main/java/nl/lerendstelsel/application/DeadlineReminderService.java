package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
import nl.lerendstelsel.domain.model.notification.ReminderRule;
import nl.lerendstelsel.domain.model.notification.SentReminder;
import nl.lerendstelsel.domain.model.settings.Setting;

/**
 * Reminders of knelpunt deadlines (issue 24): {@link Setting#REMINDER_DAYS} working days before the due day its handler
 * (the assignee, or the level's handlers while nobody is assigned) is reminded; once the due day has passed, the
 * assignee and all handlers of the level are told it is overdue. Each once per due day ({@link SentReminder}); a
 * knelpunt that moves on gets a new due day (or none) and so no reminder about the old one.
 */
@ApplicationScoped
public class DeadlineReminderService {

    /** The most knelpunten one run looks at per kind; the next run takes the rest. */
    static final int BATCH = 500;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationService notificationService;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** A knelpunt whose deadline calls for a word today. */
    public record Due(String reference, ReminderRule.Kind kind) {
    }

    /** The rule as the settings say now. */
    public ReminderRule rule() {
        return new ReminderRule(settings.current().deadlines().calendar(), settings.current().days(Setting.REMINDER_DAYS));
    }

    /** The knelpunten that should hear of their deadline on {@code today} and did not yet: overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> dueOn(LocalDate today) {
        ReminderRule rule = rule();
        List<Due> due = new ArrayList<>();
        if (!settings.current().deadlines().calendar().isWorkingDay(today)) {
            return due; // not a working day: what falls due is said on the next one
        }
        bottlenecks.dueWithoutReminder(null, today.minusDays(1), ReminderRule.Kind.VERLOPEN.name(), BATCH)
                .forEach(reference -> due.add(new Due(reference, ReminderRule.Kind.VERLOPEN)));
        bottlenecks.dueWithoutReminder(today, rule.remindUpTo(today), ReminderRule.Kind.HERINNERING.name(), BATCH)
                .forEach(reference -> due.add(new Due(reference, ReminderRule.Kind.HERINNERING)));
        return due;
    }

    /**
     * Sends one reminder in a transaction of its own, when it is still due on {@code today} and was not sent yet;
     * returns whether it was sent.
     */
    @Transactional
    public boolean send(Due due, LocalDate today) {
        Optional<Bottleneck> found = bottlenecks.findByReference(due.reference());
        if (found.isEmpty() || found.get().getDeadline().due() == null) {
            return false;
        }
        Bottleneck bottleneck = found.get();
        LocalDate dueDay = bottleneck.getDeadline().due();
        if (rule().on(today, dueDay).filter(k -> k == due.kind()).isEmpty()
                || notifications.reminderSent(due.reference(), due.kind().name(), dueDay)) {
            return false;
        }
        notifications.addSentReminder(new SentReminder(due.reference(), due.kind().name(), dueDay, clock.instant()));
        String day = Handoffs.day(dueDay);
        String where = bottleneck.getLevel().dutch() + ", " + bottleneck.getStatus().dutch();
        if (due.kind() == ReminderRule.Kind.HERINNERING) {
            notificationService.remind(bottleneck, notificationService.handlersOf(bottleneck),
                    (dueDay.equals(today) ? "Termijn verloopt vandaag" : "Termijn verloopt op " + day) + " — " + bottleneck.getTitle(),
                    "Het knelpunt staat op " + where + ". De termijn loopt tot en met " + day + ".");
        } else {
            Set<Long> ids = new TreeSet<>(notificationService.levelHandlersOf(bottleneck));
            ids.addAll(notificationService.handlersOf(bottleneck));
            notificationService.remind(bottleneck, ids, "Termijn verstreken op " + day + " — " + bottleneck.getTitle(),
                    "Het knelpunt staat op " + where + (bottleneck.getAssignee() == null ? ", zonder behandelaar"
                            : ", bij " + bottleneck.getAssignee().getDisplayName())
                            + ". De termijn liep tot en met " + day + ". Neem het op of wijs het toe.");
        }
        return true;
    }
}
