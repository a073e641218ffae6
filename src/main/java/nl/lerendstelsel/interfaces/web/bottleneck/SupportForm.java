package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/** "Ook bij ons" on a knelpunt's page (form {@code steun}), offered when the rights allow it ({@code support}). */
@Named("bottleneckSupport")
@RequestScoped
public class SupportForm {

    @Inject
    BottleneckDetailPage page;

    @Inject
    BottleneckSupport support;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String note;
    private String gemeente;

    /** Partner organisations name the gemeente where they meet the knelpunt; gemeenten support for themselves. */
    public boolean isNeedsGemeente() {
        SignedInUser user = currentUser.getUser();
        return user != null && referenceData.organisation(user.organisationCode()).map(o -> !o.isGemeente()).orElse(true);
    }

    public String support() {
        return feedback.run(() -> support.support(page.getReference(), gemeente, note, page.caller()), "bottleneck.support.done",
                Map.of(), "steun:toelichting") ? page.shownAgain() : null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }
}
