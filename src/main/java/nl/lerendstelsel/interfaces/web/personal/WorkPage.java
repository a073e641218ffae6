package nl.lerendstelsel.interfaces.web.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.work.WorkService;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** "Mijn werk" on the start page: the caller's worklist, read once per request. */
@Named("work")
@RequestScoped
public class WorkPage {

    @Inject
    WorkService service;

    @Inject
    CurrentUser currentUser;

    private WorkService.Worklist worklist;

    public WorkService.Worklist getList() {
        if (worklist == null) {
            worklist = currentUser.caller().map(service::worklist).orElse(null);
        }
        return worklist;
    }

    private java.util.List<nl.lerendstelsel.application.port.WorkQueries.MonitorRound> monitorRounds;

    /** The monitor rounds that wait for the caller's organisation (issue 29). */
    public java.util.List<nl.lerendstelsel.application.port.WorkQueries.MonitorRound> getMonitorRounds() {
        if (monitorRounds == null) {
            monitorRounds = currentUser.caller().map(service::monitorRounds).orElse(java.util.List.of());
        }
        return monitorRounds;
    }
}
