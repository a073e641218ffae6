package nl.lerendstelsel.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import nl.lerendstelsel.domain.model.calendar.DutchTime;

/** The one clock of the application, in the Europe/Amsterdam zone; tests can replace it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }
}
