package nl.lerendstelsel.interfaces.web.monitor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The monitor rounds the reader may see, newest first; who runs them starts a new one here. */
@Named("monitorRounds")
@RequestScoped
public class MonitorListPage {

    @Inject
    MonitorService service;

    @Inject
    CurrentUser currentUser;

    private List<MonitorRound> rounds;

    public List<MonitorRound> getRounds() {
        if (rounds == null) {
            rounds = currentUser.caller().map(service::rounds).orElse(List.of());
        }
        return rounds;
    }

    public boolean isManager() {
        return currentUser.caller().map(MonitorService::manages).orElse(false);
    }

    public boolean isResultsReader() {
        return currentUser.caller().map(MonitorService::readsResults).orElse(false);
    }
}
