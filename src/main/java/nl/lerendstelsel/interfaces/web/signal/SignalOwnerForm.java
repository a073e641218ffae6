package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalOwnership;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** Who handles the signal at the ministry (form {@code eigenaar}): "ik pak dit op", or assigning it to a colleague, who is told. */
@Named("signalOwner")
@RequestScoped
public class SignalOwnerForm extends SignalForm {

    @Inject
    SignalOwnership ownership;

    @Inject
    SignalQueries queries;

    private String assignee;
    private List<UserProfile> ministryPeople;

    /** "Ik pak dit op": the viewer at the ministry handles it from now on. */
    public String take() {
        return after(feedback.run(() -> ownership.take(page.getRef(), page.caller()), "signal.owner.taken", Map.of(), null));
    }

    /** Assigns it to another person at the ministry, who is told. */
    public String assign() {
        return after(feedback.run(() -> ownership.assign(page.getRef(), assignee, page.caller()), "signal.owner.assigned",
                Map.of("eigenaar", "eigenaar:wie"), null));
    }

    /** The people at the ministry it can be assigned to (only asked when the viewer may assign). */
    public List<UserProfile> getMinistryPeople() {
        if (ministryPeople == null) {
            ministryPeople = page.getView() != null && page.getView().mayAssign() ? queries.ministryPeople(page.caller()) : List.of();
        }
        return ministryPeople;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
