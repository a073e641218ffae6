package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/**
 * The workflow steps on a knelpunt's page (form {@code acties}): the buttons {@link BottleneckDetailPage#getActions}
 * offers, with an optional text. Taking up a knelpunt assigned to someone else is asked to confirm first.
 */
@Named("bottleneckSteps")
@ViewScoped
public class StepForm implements Serializable {

    @Inject
    BottleneckDetailPage page;

    @Inject
    BottleneckSteps steps;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String text;
    /** The resolution category chosen for resolving or closing (its name), if any. */
    private String resolution;
    /** The handler asked to take a knelpunt assigned to someone else: the page asks them to confirm first. */
    private boolean takeoverPending;

    public String perform(Action action) {
        if (action == Action.IN_BEHANDELING_NEMEN && getAssignedToSomeoneElse() != null && !takeoverPending) {
            takeoverPending = true; // asked once; "Ja, overnemen" performs it, and the earlier assignee hears of it
            return null;
        }
        takeoverPending = false;
        Resolution category = Resolution.requiredFor(action) ? Resolution.ofCode(resolution).orElse(null) : null;
        if (feedback.run(() -> steps.perform(page.getReference(), action, category, text, page.getShownVersion(), page.caller()),
                "bottleneck.action.done", Map.of("afhandelcategorie", "acties:afhandelcategorie"), "acties:toelichting")) {
            return page.shownAgain();
        }
        page.refresh();
        return null;
    }

    /** The name of whoever the knelpunt is assigned to, when that is someone else than the viewer; else null. */
    public String getAssignedToSomeoneElse() {
        Bottleneck current = page.getBottleneck();
        SignedInUser user = currentUser.getUser();
        if (current == null || user == null || current.getAssignee() == null
                || current.getAssignee().getSubject().equals(user.subject())) {
            return null;
        }
        return current.getAssignee().getDisplayName();
    }

    public boolean isTakeoverPending() {
        return takeoverPending;
    }

    /** Takes the knelpunt over after all. */
    public String confirmTakeover() {
        takeoverPending = true;
        return perform(Action.IN_BEHANDELING_NEMEN);
    }

    public void cancelTakeover() {
        takeoverPending = false;
    }

    public String getText() {
        return text;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public void setText(String text) {
        this.text = text;
    }
}
