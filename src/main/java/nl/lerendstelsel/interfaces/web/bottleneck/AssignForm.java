package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckRights;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * Assigning a knelpunt to a handler of its level (form {@code toewijzen}), offered when the rights allow it
 * ({@code assign}): a field that suggests handlers as one types.
 */
@Named("bottleneckAssign")
@RequestScoped
public class AssignForm {

    @Inject
    BottleneckDetailPage page;

    @Inject
    BottleneckAssignment assignment;

    @Inject
    Feedback feedback;

    private HandlerChoice assignee;

    /** A person offered in the assign field: the user name is sent, the label shown. */
    public record HandlerChoice(String username, String label) implements Serializable {

        static HandlerChoice of(UserProfile person) {
            return new HandlerChoice(person.getUsername(), person.getOrganisation() == null ? person.getDisplayName()
                    : person.getDisplayName() + " (" + person.getOrganisation().getName() + ")");
        }
    }

    /** The assign field's suggestions for what was typed: handlers of this knelpunt's level (see {@code handlersFor}). */
    public List<HandlerChoice> completeHandler(String text) {
        Bottleneck current = page.getBottleneck();
        return current == null || !page.may(BottleneckRights::assign) ? List.of()
                : assignment.handlersFor(current, text).stream().map(HandlerChoice::of).toList();
    }

    /** Between the field's hidden value (a user name) and the choice it stands for. */
    public Converter<HandlerChoice> getHandlerConverter() {
        BottleneckAssignment people = assignment;
        return new Converter<>() {
            @Override
            public HandlerChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null
                        : people.person(value).map(HandlerChoice::of).orElse(new HandlerChoice(value.strip(), value.strip()));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, HandlerChoice value) {
                return value == null ? "" : value.username();
            }
        };
    }

    public String assign() {
        Bottleneck[] assigned = new Bottleneck[1];
        if (feedback.run(() -> assigned[0] = assignment.assign(page.getReference(), assignee == null ? null : assignee.username(),
                page.getShownVersion(), page.caller()), null, Map.of(), "toewijzen:behandelaar")) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, "bottleneck.assign.done", assigned[0].getAssignee().getDisplayName()), null));
            return page.shownAgain();
        }
        page.refresh();
        return null;
    }

    public HandlerChoice getAssignee() {
        return assignee;
    }

    public void setAssignee(HandlerChoice assignee) {
        this.assignee = assignee;
    }
}
