package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.PagedList;

/**
 * The signals inbox: the ministry works it (filter on status, overdue first), coordinators see their concepts too,
 * everyone else reads submitted signals and responses.
 */
@Named("signals")
@RequestScoped
public class SignalListPage extends PagedList {

    static final int PAGE_SIZE = 20;

    @Inject
    SignalQueries queries;

    @Inject
    CurrentUser currentUser;

    private String status;
    private boolean overdue;
    private boolean mine;
    private SignalQueries.Page result;
    private LocalDate today;

    public SignalQueries.Page getResult() {
        if (result == null) {
            SignalStatus chosen = Arrays.stream(SignalStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
            if (chosen == SignalStatus.CONCEPT && !isSeesConcepts()) {
                chosen = null;
            }
            result = queries.list(chosen, overdue, mine, getPage(), PAGE_SIZE, caller());
        }
        return result;
    }

    public long count(Signal signal) {
        return getResult().knelpunten().getOrDefault(signal.getId(), 0L);
    }

    /** The follow-up of an adopted decision is past its expected date and not realised. */
    public boolean followUpOverdue(Signal signal) {
        if (today == null) {
            today = queries.today();
        }
        return signal.isFollowUpOverdue(today);
    }

    public boolean overdue(Signal signal) {
        if (today == null) {
            today = queries.today();
        }
        return signal.isOverdue(today);
    }

    public List<SignalStatus> getStatuses() {
        return Arrays.stream(SignalStatus.values()).filter(s -> s != SignalStatus.CONCEPT || isSeesConcepts()).toList();
    }

    public boolean isSeesConcepts() {
        return caller().has(Role.COORDINATOR) || caller().has(Role.ADMIN);
    }

    public boolean isCoordinator() {
        return caller().has(Role.COORDINATOR);
    }

    public boolean isReportReader() {
        return caller().has(Role.COORDINATOR) || caller().has(Role.MINISTRY) || caller().has(Role.ADMIN);
    }

    public long getPageCount() {
        return pageCount(getResult().total(), PAGE_SIZE);
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
