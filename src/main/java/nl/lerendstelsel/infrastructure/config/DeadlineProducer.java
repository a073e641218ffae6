package nl.lerendstelsel.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.SignalDeadlines;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working-day calendar and the service-level targets, from MicroProfile Config (environment variables work too,
 * e.g. {@code LERENDSTELSEL_TERMIJN_UITVOERING}). Per-theme targets are kept on the theme and override these.
 */
@ApplicationScoped
public class DeadlineProducer {

    @Inject
    @ConfigProperty(name = "lerendstelsel.werkdagen.goede-vrijdag", defaultValue = "false")
    boolean goodFriday;

    @Inject
    @ConfigProperty(name = "lerendstelsel.werkdagen.bevrijdingsdag", defaultValue = "ELK_JAAR")
    String liberationDay;

    @Inject
    @ConfigProperty(name = "lerendstelsel.termijn.uitvoering", defaultValue = "10")
    int executionDays;

    @Inject
    @ConfigProperty(name = "lerendstelsel.termijn.schakel", defaultValue = "15")
    int linkingDays;

    @Inject
    @ConfigProperty(name = "lerendstelsel.termijn.wacht-op-informatie", defaultValue = "10")
    int waitingDays;

    @Inject
    @ConfigProperty(name = "lerendstelsel.signaal.termijn.ontvangst", defaultValue = "10")
    int signalAcknowledgeDays;

    @Inject
    @ConfigProperty(name = "lerendstelsel.signaal.termijn.antwoord", defaultValue = "40")
    int signalAnswerDays;

    /** The ministry's deadlines for signals, in working days of the same calendar. */
    @Produces
    @Singleton
    SignalDeadlines signalDeadlines(WorkingDayCalendar calendar) {
        return new SignalDeadlines(calendar, signalAcknowledgeDays, signalAnswerDays);
    }

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(goodFriday, WorkingDayCalendar.LiberationDay.valueOf(liberationDay.strip().toUpperCase()));
    }

    @Produces
    @Singleton
    DeadlinePolicy policy(WorkingDayCalendar calendar) {
        return new DeadlinePolicy(calendar, executionDays, linkingDays, waitingDays);
    }
}
