package nl.lerendstelsel.application.monitor;

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
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
import nl.lerendstelsel.domain.model.notification.SentReminder;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Reminds the professionals of each organisation that has not submitted its response, {@link
 * Setting#MONITOR_REMINDER_DAYS} working days (Dutch public holidays excepted) before the round closes — once per
 * organisation and closing day ({@link SentReminder}, whose primary key also stops a second node's run).
 */
@ApplicationScoped
public class MonitorReminders {

    /** How the sent reminders are recorded. */
    static final String KIND = "MONITOR_HERINNERING";

    @Inject
    MonitorRepository monitor;

    @Inject
    MonitorService service;

    @Inject
    NotificationRepository notificationRepository;

    @Inject
    NotificationService notifications;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** An organisation to remind of a round. */
    public record Due(Long roundId, String organisationCode) {

        String reference() {
            return "MON-" + roundId + "-" + organisationCode;
        }
    }

    /** The first day the organisations of a round that have not answered are reminded. */
    public LocalDate reminderDay(MonitorRound round) {
        return calendar().plusWorkingDays(round.getClosesOn(), -settings.current().days(Setting.MONITOR_REMINDER_DAYS));
    }

    private WorkingDayCalendar calendar() {
        return settings.current().deadlines().calendar();
    }

    /** The reminders to send on {@code today} (a working day) that were not sent yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> dueOn(LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!calendar().isWorkingDay(today)) {
            return due;
        }
        for (MonitorRound round : monitor.openRounds()) {
            if (!round.acceptsAnswers(today) || today.isBefore(reminderDay(round))) {
                continue;
            }
            Set<String> submitted = new TreeSet<>();
            monitor.responses(round.getId()).stream().filter(MonitorResponse::isSubmitted)
                    .forEach(r -> submitted.add(r.getOrganisation().getCode()));
            for (Organisation organisation : service.askedOrganisations(round)) {
                Due candidate = new Due(round.getId(), organisation.getCode());
                if (!submitted.contains(organisation.getCode())
                        && !notificationRepository.reminderSent(candidate.reference(), KIND, round.getClosesOn())) {
                    due.add(candidate);
                }
            }
        }
        return due;
    }

    /** Sends one reminder in a transaction of its own when it is still due and not sent; returns whether it was sent. */
    @Transactional
    public boolean send(Due due, LocalDate today) {
        Optional<MonitorRound> found = monitor.findRound(due.roundId());
        if (found.isEmpty() || !found.get().acceptsAnswers(today) || today.isBefore(reminderDay(found.get()))) {
            return false;
        }
        MonitorRound round = found.get();
        Optional<MonitorResponse> response = monitor.findResponse(round.getId(), due.organisationCode());
        if (response.filter(MonitorResponse::isSubmitted).isPresent()
                || notificationRepository.reminderSent(due.reference(), KIND, round.getClosesOn())) {
            return false;
        }
        notificationRepository.addSentReminder(new SentReminder(due.reference(), KIND, round.getClosesOn(), clock.instant()));
        List<Organisation> organisation = service.askedOrganisations(round).stream()
                .filter(o -> o.getCode().equals(due.organisationCode())).toList();
        notifications.remindOf(MonitorService.reference(round), service.professionalsOf(organisation),
                Message.of("reminder.monitor", round.getClosesOn(), round.getTitle()),
                Message.of(response.isPresent() ? "reminder.monitor.draft" : "reminder.monitor.text", round.getClosesOn()));
        return true;
    }
}
