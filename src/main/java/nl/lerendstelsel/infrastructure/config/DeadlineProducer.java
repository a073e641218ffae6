package nl.lerendstelsel.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working-day calendar, from MicroProfile Config (environment variables work too, e.g.
 * {@code LERENDSTELSEL_WERKDAGEN_GOEDE_VRIJDAG}). The service-level targets and the ministry's deadlines are settings an
 * admin may change while the platform runs: {@code SettingsService} builds them from configuration and the database.
 */
@ApplicationScoped
public class DeadlineProducer {

    @Inject
    @ConfigProperty(name = "lerendstelsel.werkdagen.goede-vrijdag", defaultValue = "false")
    boolean goodFriday;

    @Inject
    @ConfigProperty(name = "lerendstelsel.werkdagen.bevrijdingsdag", defaultValue = "ELK_JAAR")
    String liberationDay;

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(goodFriday, WorkingDayCalendar.LiberationDay.valueOf(liberationDay.strip().toUpperCase()));
    }
}
