package nl.lerendstelsel.application.work;

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
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.application.signal.SignalRecipients;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
import nl.lerendstelsel.domain.model.notification.ReminderRule;
import nl.lerendstelsel.domain.model.notification.SentReminder;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Reminders of deadlines (issue 24), each {@link Setting#REMINDER_DAYS} working days before the due day, and a notice
 * once it has passed; each once per due day ({@link SentReminder}), and none about a deadline the work has left behind
 * (a knelpunt that moved on has a new due day or none; an acknowledged signal no longer has an acknowledge deadline).
 * <ul>
 *   <li>Knelpunt: the reminder to its handler (the assignee, or the level's handlers while nobody is assigned); overdue
 *       to the assignee and all handlers of the level.</li>
 *   <li>Signal: before its acknowledge day (while submitted) and its answer day (while with the ministry) the ministry;
 *       overdue the ministry and the coordinator who submitted it.</li>
 *   <li>Q&amp;A answer: {@link #VALIDITY_NOTICE_DAYS} days before the validity of a published answer ends, the editors of
 *       its partners (once per end day), so that a revision is ready in time.</li>
 * </ul>
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

    /** Whose deadline it is. */
    public enum Subject {
        /** A knelpunt's due day at its level. */
        KNELPUNT,
        /** The ministry's day to acknowledge a signal. */
        SIGNAAL_ONTVANGST,
        /** The ministry's day to answer a signal. */
        SIGNAAL_ANTWOORD,
        /** The last day a published Q&amp;A answer is valid. */
        ANTWOORD_GELDIG
    }

    /** How many days before a Q&amp;A answer's validity ends its editors hear of it. */
    public static final int VALIDITY_NOTICE_DAYS = 30;

    @Inject
    nl.lerendstelsel.domain.model.qa.QaRepository qa;

    /** A deadline that calls for a word today. */
    public record Due(Subject subject, String reference, ReminderRule.Kind kind) {

        /** How it is recorded as sent: the kind, for a signal after the deadline's name. */
        String key() {
            return subject == Subject.KNELPUNT ? kind.name() : subject.name() + "_" + kind.name();
        }
    }

    private static final java.util.List<nl.lerendstelsel.domain.model.signal.SignalStatus> SUBMITTED =
            java.util.List.of(nl.lerendstelsel.domain.model.signal.SignalStatus.INGEDIEND);
    private static final java.util.List<nl.lerendstelsel.domain.model.signal.SignalStatus> WITH_MINISTRY =
            java.util.Arrays.stream(nl.lerendstelsel.domain.model.signal.SignalStatus.values())
                    .filter(nl.lerendstelsel.domain.model.signal.SignalStatus::isWithMinistry).toList();

    @Inject
    nl.lerendstelsel.domain.model.signal.SignalRepository signals;

    @Inject
    nl.lerendstelsel.domain.model.user.UserProfileRepository profiles;

    @Inject
    Profiles people;

    /** The rule as the settings say now. */
    public ReminderRule rule() {
        return new ReminderRule(settings.current().deadlines().calendar(), settings.current().days(Setting.REMINDER_DAYS));
    }

    /** The deadlines that should be spoken of on {@code today} and were not yet: overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> dueOn(LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!settings.current().deadlines().calendar().isWorkingDay(today)) {
            return due; // not a working day: what falls due is said on the next one
        }
        LocalDate near = rule().remindUpTo(today);
        for (ReminderRule.Kind kind : ReminderRule.Kind.values()) {
            LocalDate from = kind == ReminderRule.Kind.VERLOPEN ? null : today;
            LocalDate to = kind == ReminderRule.Kind.VERLOPEN ? today.minusDays(1) : near;
            bottlenecks.dueWithoutReminder(from, to, new Due(Subject.KNELPUNT, "", kind).key(), BATCH)
                    .forEach(reference -> due.add(new Due(Subject.KNELPUNT, reference, kind)));
            signals.dueWithoutReminder(false, SUBMITTED, from, to, new Due(Subject.SIGNAAL_ONTVANGST, "", kind).key(), BATCH)
                    .forEach(reference -> due.add(new Due(Subject.SIGNAAL_ONTVANGST, reference, kind)));
            signals.dueWithoutReminder(true, WITH_MINISTRY, from, to, new Due(Subject.SIGNAAL_ANTWOORD, "", kind).key(), BATCH)
                    .forEach(reference -> due.add(new Due(Subject.SIGNAAL_ANTWOORD, reference, kind)));
        }
        for (nl.lerendstelsel.domain.model.qa.QaEntry entry : qa.expiringBetween(today, today.plusDays(VALIDITY_NOTICE_DAYS), BATCH)) {
            Due notice = new Due(Subject.ANTWOORD_GELDIG, qaReference(entry), ReminderRule.Kind.HERINNERING);
            if (!notifications.reminderSent(notice.reference(), notice.key(), entry.getCurrent().getValidUntil())) {
                due.add(notice);
            }
        }
        return due;
    }

    /** How notifications name a Q&amp;A entry (its public page). */
    static String qaReference(nl.lerendstelsel.domain.model.qa.QaEntry entry) {
        return "QA-" + entry.getId();
    }

    /**
     * Sends one reminder in a transaction of its own, when it is still due on {@code today} and was not sent yet;
     * returns whether it was sent.
     */
    @Transactional
    public boolean send(Due due, LocalDate today) {
        return switch (due.subject()) {
            case KNELPUNT -> sendKnelpunt(due, today);
            case SIGNAAL_ONTVANGST, SIGNAAL_ANTWOORD -> sendSignal(due, today);
            case ANTWOORD_GELDIG -> sendValidity(due, today);
        };
    }

    private boolean sendValidity(Due due, LocalDate today) {
        long id;
        try {
            id = Long.parseLong(due.reference().substring("QA-".length()));
        } catch (NumberFormatException e) {
            return false;
        }
        // the entry itself, still published with an end of validity within the notice period
        Optional<nl.lerendstelsel.domain.model.qa.QaEntry> found = qa.findEntry(id).filter(e -> e.getCurrent() != null
                && e.getCurrent().getValidUntil() != null && !e.getCurrent().getValidUntil().isBefore(today)
                && !e.getCurrent().getValidUntil().isAfter(today.plusDays(VALIDITY_NOTICE_DAYS)));
        if (found.isEmpty()) {
            return false;
        }
        nl.lerendstelsel.domain.model.qa.QaEntry entry = found.get();
        LocalDate until = entry.getCurrent().getValidUntil();
        if (notifications.reminderSent(due.reference(), due.key(), until)) {
            return false;
        }
        notifications.addSentReminder(new SentReminder(due.reference(), due.key(), until, clock.instant()));
        Set<String> partners = new TreeSet<>(entry.getPartners().stream().map(Enum::name).toList());
        Set<Long> editors = new TreeSet<>();
        profiles.withRole(nl.lerendstelsel.domain.model.user.Role.EDITOR).stream()
                .filter(p -> partners.isEmpty() || p.getOrganisation() != null && partners.contains(p.getOrganisation().getCode()))
                .forEach(p -> editors.add(p.getId()));
        String question = entry.getCurrent().getQuestion();
        question = question.length() > 200 ? question.substring(0, 199) + "…" : question;
        notificationService.remindOf(due.reference(), editors, Message.of("reminder.qa.title", until, question),
                Message.of("reminder.qa.text"));
        return true;
    }

    private boolean sendKnelpunt(Due due, LocalDate today) {
        Optional<Bottleneck> found = bottlenecks.findByReference(due.reference());
        if (found.isEmpty() || !stillDue(due, found.get().getDeadline().due(), today)) {
            return false;
        }
        Bottleneck bottleneck = found.get();
        LocalDate dueDay = bottleneck.getDeadline().due();
        Message level = Message.of("level." + bottleneck.getLevel().name());
        Message status = Message.of("status." + bottleneck.getStatus().name());
        if (due.kind() == ReminderRule.Kind.HERINNERING) {
            notificationService.remind(bottleneck, notificationService.handlersOf(bottleneck),
                    dueDay.equals(today) ? Message.of("reminder.knelpunt.today", bottleneck.getTitle())
                            : Message.of("reminder.knelpunt.near", dueDay, bottleneck.getTitle()),
                    Message.of("reminder.knelpunt.near.text", level, status, dueDay));
        } else {
            Set<Long> ids = new TreeSet<>(notificationService.levelHandlersOf(bottleneck));
            ids.addAll(notificationService.handlersOf(bottleneck));
            notificationService.remind(bottleneck, ids, Message.of("reminder.knelpunt.passed", dueDay, bottleneck.getTitle()),
                    bottleneck.getAssignee() == null ? Message.of("reminder.knelpunt.passed.unassigned", level, status, dueDay)
                            : Message.of("reminder.knelpunt.passed.assigned", level, status, bottleneck.getAssignee().getDisplayName(), dueDay));
        }
        return true;
    }

    private boolean sendSignal(Due due, LocalDate today) {
        Optional<nl.lerendstelsel.domain.model.signal.Signal> found = signals.findByReference(due.reference());
        boolean answer = due.subject() == Subject.SIGNAAL_ANTWOORD;
        if (found.isEmpty() || !(answer ? WITH_MINISTRY : SUBMITTED).contains(found.get().getStatus())) {
            return false;
        }
        nl.lerendstelsel.domain.model.signal.Signal signal = found.get();
        LocalDate dueDay = answer ? signal.getAnswerDue() : signal.getAcknowledgeDue();
        if (!stillDue(due, dueDay, today)) {
            return false;
        }
        Message what = Message.of(answer ? "reminder.signal.answer" : "reminder.signal.acknowledge");
        Message status = Message.of("signal.status." + signal.getStatus().name());
        Set<Long> ids = SignalRecipients.reminded(signal, people.ids(nl.lerendstelsel.domain.model.user.Role.MINISTRY),
                due.kind() != ReminderRule.Kind.HERINNERING);
        if (due.kind() == ReminderRule.Kind.HERINNERING) {
            notificationService.remindOf(signal.getReference(), ids,
                    dueDay.equals(today) ? Message.of("reminder.signal.today", what, signal.getTitle())
                            : Message.of("reminder.signal.near", what, dueDay, signal.getTitle()),
                    Message.of("reminder.signal.near.text", status, what, dueDay));
        } else {
            notificationService.remindOf(signal.getReference(), ids, Message.of("reminder.signal.passed", what, dueDay, signal.getTitle()),
                    Message.of("reminder.signal.passed.text", status, what, dueDay));
        }
        return true;
    }

    /** The deadline still calls for this word today and it was not said yet; if so, records it as said. */
    private boolean stillDue(Due due, LocalDate dueDay, LocalDate today) {
        if (dueDay == null || rule().on(today, dueDay).filter(k -> k == due.kind()).isEmpty()
                || notifications.reminderSent(due.reference(), due.key(), dueDay)) {
            return false;
        }
        notifications.addSentReminder(new SentReminder(due.reference(), due.key(), dueDay, clock.instant()));
        return true;
    }
}
