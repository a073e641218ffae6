package nl.lerendstelsel.interfaces.web.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.practice.PracticeAdoptions;
import nl.lerendstelsel.application.practice.PracticeQueries;
import nl.lerendstelsel.application.practice.PracticeService;
import nl.lerendstelsel.domain.model.practice.Adoption;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeRights;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.NotFound;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * One practice example ({@code ?id=}): public when published, for its author and the editors in every stage. The page
 * renders from {@link PracticeRights} what the reader may do — the publication steps (form {@code stappen}, with the
 * reason a step back asks) and "ook bij ons toegepast" (form {@code toegepast}) — and lists "vergelijkbare praktijken".
 * Each form carries the id, so it works on the stateless public view.
 */
@Named("practice")
@RequestScoped
public class PracticePage {

    static final int SIMILAR = 5;

    @Inject
    PracticeQueries queries;

    @Inject
    PracticeService service;

    @Inject
    PracticeAdoptions adoptions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private PracticeQueries.View view;
    private List<PracticeExample> similar;
    private String reason;

    @PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    /** {@code <f:viewAction>}: 404 for an unknown practice, or one the reader may not see. */
    public void load() throws IOException {
        if (getView() == null) {
            NotFound.answer("Onbekend praktijkvoorbeeld");
        }
    }

    public PracticeQueries.View getView() {
        if (view == null && id != null) {
            try {
                view = queries.view(id, currentUser.caller());
            } catch (NotFoundException e) {
                return null;
            }
        }
        return view;
    }

    public PracticeExample getItem() {
        return getView() == null ? null : view.practice();
    }

    public PracticeRights getRights() {
        return getView() == null ? PracticeRights.NONE : view.rights();
    }

    public List<Adoption> getAdoptions() {
        return getView() == null ? List.of() : view.adoptions();
    }

    /** "Vergelijkbare praktijken": published ones on the same themes or target groups. */
    public List<PracticeExample> getSimilar() {
        if (similar == null) {
            similar = getItem() == null ? List.of() : queries.similar(getItem(), SIMILAR);
        }
        return similar;
    }

    public String submit() {
        return step(() -> service.submit(id, caller()), "practice.done.submitted");
    }

    public String publish() {
        return step(() -> service.publish(id, caller()), "practice.done.published");
    }

    public String sendBack() {
        return step(() -> service.sendBack(id, reason, caller()), "practice.done.sentBack");
    }

    public String withdraw() {
        return step(() -> service.withdraw(id, reason, caller()), "practice.done.withdrawn");
    }

    public String adopt() {
        return step(() -> adoptions.adopt(id, caller()), "practice.done.adopted");
    }

    public String unadopt() {
        return step(() -> adoptions.withdraw(id, caller()), "practice.done.unadopted");
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow(() -> new AccessDeniedException(Message.of("access.practice.writersOnly")));
    }

    /** Takes a step; after it worked, post/redirect/get back to the page with the message kept. */
    private String step(Feedback.Action action, String doneKey) {
        if (!feedback.run(action, doneKey, Map.of("reden", "stappen:reden"), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/praktijkvoorbeelden/praktijk.xhtml?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
